import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaFileName } from '../packages/schemas/src/index.js';
import { CONFIG_FILE, Codelists, loadConfig, parseText, Workspace, type Diagnostic } from '../packages/sdk/src/index.js';
import { describe, expect, it } from 'vitest';

// The examples are what users copy and what the docs and editor tests point at, so every one of
// them must pass the whole check (schemas and rules) under the examples' own nof.config.yaml.

const root = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = join(root, 'examples');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []))
    .sort();
}

const configPath = join(examplesDir, CONFIG_FILE);
const documentFiles = yamlFiles(examplesDir).filter((f) => f !== configPath);
const rel = (file: string) => relative(root, file);

/** One diagnostic a line, 1-based like the CLI, so a failure says exactly what to fix. */
function describeAll(file: string, diagnostics: Diagnostic[]): string {
  return diagnostics
    .map((d) => `${rel(file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.path} ${d.message}`)
    .join('\n');
}

const codelists = new Codelists();
const { config, result: configResult } = loadConfig(examplesDir, codelists);
const workspace = new Workspace({ codelists, ...(config.asOf ? { asOf: config.asOf } : {}), settings: config.rules });
for (const file of documentFiles) workspace.set(file, readFileSync(file, 'utf8'));

describe('examples', () => {
  it('are found', () => {
    expect(documentFiles.map(rel)).toEqual(expect.arrayContaining(['examples/consortia/white-rose-fostering.yaml']));
    expect(documentFiles.filter((f) => f.includes('/consortia/')).length).toBeGreaterThanOrEqual(12);
  });

  it('have a nof.config.yaml without errors', () => {
    expect(configResult, `${rel(configPath)} is missing`).toBeDefined();
    expect(describeAll(configPath, configResult!.diagnostics.filter((d) => d.severity === 'error'))).toBe('');
  });

  it.each(documentFiles.map((f) => [rel(f), f]))('%s has no errors', (_name, file) => {
    const errors = workspace.diagnostics(file).diagnostics.filter((d) => d.severity === 'error');
    expect(describeAll(file, errors)).toBe('');
  });

  it.each([configPath, ...documentFiles].map((f) => [rel(f), f]))('%s starts with a modeline naming its schema', (_name, file) => {
    const firstLine = readFileSync(file, 'utf8').split('\n', 1)[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
    expect(match, `first line is ${JSON.stringify(firstLine)}`).not.toBeNull();
    const schemaPath = resolve(dirname(file), match![1]!);
    expect(existsSync(schemaPath), `${match![1]} does not exist`).toBe(true);
    // A modeline naming another kind's schema would give editors the wrong completions.
    const expected = file === configPath ? 'nof-config.schema.json' : kindSchemaFile(file);
    expect(basename(schemaPath)).toBe(expected);
  });

  it.each(documentFiles.filter((f) => f.includes('/consortia/')).map((f) => [rel(f), f]))('%s is named after its metadata.id', (_name, file) => {
    const [document] = parseText(readFileSync(file, 'utf8'), file).documents;
    const id = (document?.value as { metadata?: { id?: unknown } } | undefined)?.metadata?.id;
    expect(`${String(id)}.yaml`).toBe(basename(file));
  });
});

function kindSchemaFile(file: string): string {
  const [document] = parseText(readFileSync(file, 'utf8'), file).documents;
  const kind = (document?.value as { kind?: unknown } | undefined)?.kind;
  return typeof kind === 'string' ? schemaFileName(kind) : '(no kind)';
}
