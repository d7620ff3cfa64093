import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaFileName } from '../packages/schemas/src/index.js';
import { parseText, validateWorkspace, type Diagnostic } from '../packages/sdk/src/index.js';
import { loadWorkspace } from '../packages/sdk/src/node/index.js';
import { describe, expect, it } from 'vitest';

// The examples are what users copy and what the docs and editor tests point at, so every one of
// them must pass the whole check (schemas and rules) under the examples' own nof.config.yaml.

const root = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = join(root, 'examples');
const rel = (file: string) => relative(root, file);

const workspace = await loadWorkspace(examplesDir);
const results = validateWorkspace(workspace);
const configPath = workspace.config?.config.path;
const documentFiles = workspace.uris();
const consortiumFiles = documentFiles.filter((f) => rel(f).startsWith('examples/consortia/'));

/** One diagnostic a line, 1-based like the CLI, so a failure says exactly what to fix. */
function describeAll(file: string, diagnostics: Diagnostic[]): string {
  return diagnostics
    .map((d) => `${rel(file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.path} ${d.message}`)
    .join('\n');
}

/** The value of a file's first document, for reading its kind and id. */
function firstValue(file: string): { kind?: unknown; metadata?: { id?: unknown } } | undefined {
  return parseText(readFileSync(file, 'utf8'), file).documents[0]?.value as { kind?: unknown; metadata?: { id?: unknown } } | undefined;
}

describe('examples', () => {
  it('are all loaded, with the consortia and their nof.config.yaml', () => {
    expect(configPath).toBe(join(examplesDir, 'nof.config.yaml'));
    expect(documentFiles.map(rel)).toContain('examples/consortia/white-rose-fostering.yaml');
    expect(consortiumFiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(results.map((r) => [rel(r.uri), r.uri, r.diagnostics] as const))('%s has no errors', (_name, uri, diagnostics) => {
    expect(
      describeAll(
        uri,
        diagnostics.filter((d) => d.severity === 'error'),
      ),
    ).toBe('');
  });

  it.each([...(configPath ? [configPath] : []), ...documentFiles].map((f) => [rel(f), f]))(
    '%s starts with a modeline naming its schema',
    (_name, file) => {
      const firstLine = readFileSync(file, 'utf8').split('\n', 1)[0]!;
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
      expect(match, `first line is ${JSON.stringify(firstLine)}`).not.toBeNull();
      const schemaPath = resolve(dirname(file), match![1]!);
      expect(existsSync(schemaPath), `${match![1]} does not exist`).toBe(true);
      // A modeline naming another kind's schema would give editors the wrong completions.
      const kind = firstValue(file)?.kind;
      const expected = file === configPath ? 'nof-config.schema.json' : typeof kind === 'string' ? schemaFileName(kind) : '(no kind)';
      expect(basename(schemaPath)).toBe(expected);
    },
  );

  it.each(consortiumFiles.map((f) => [rel(f), f]))('%s is named after its metadata.id', (_name, file) => {
    expect(`${String(firstValue(file)?.metadata?.id)}.yaml`).toBe(basename(file));
  });
});
