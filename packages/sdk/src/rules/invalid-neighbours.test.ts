import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { isRecord } from '../model/is-record.js';
import { parseText } from '../parse/parse-text.js';
import { Workspace } from '../workspace/workspace.js';
import { AGREEMENT, placementFiles, trackerYaml } from './agreement/_fixtures.js';
import { RULE_ERROR_CODE } from './engine.js';

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** The examples (every kind, nof/v1) and the placement fixtures in nof/v2, by uri. */
function baseFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(examples, { recursive: true, encoding: 'utf8' }).sort()) {
    if (file.endsWith('.yaml') && !file.endsWith('nof.config.yaml')) files[file] = readFileSync(join(examples, file), 'utf8');
  }
  const v2 = placementFiles(AGREEMENT, { 'tracker.yaml': trackerYaml(['2015-12-01'], 'nof/v2') }, undefined, 'nof/v2').files;
  for (const [uri, text] of Object.entries(v2)) files[`v2/${uri}`] = text;
  return files;
}

/** A value of another type than `value`: what a slip of the keyboard makes of a list, an object or a scalar. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'number') return 'three';
  if (typeof value === 'string' || typeof value === 'boolean') return 3;
  return Array.isArray(value) ? { item: 3 } : [3];
}

/** Copies of `root` each with one value under `/spec` (down to `depth` levels) of the wrong type, or left out. */
function* variants(root: Record<string, unknown>, depth = 4): Generator<Record<string, unknown>> {
  function* walk(path: Array<string | number>, value: unknown): Generator<Record<string, unknown>> {
    const set = (change: (parent: Record<string, unknown> | unknown[], key: string | number) => void) => {
      const copy = structuredClone(root);
      let parent: unknown = copy;
      for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
      change(parent as Record<string, unknown>, path[path.length - 1]!);
      return copy;
    };
    yield set((parent, key) => {
      (parent as Record<string | number, unknown>)[key] = wrongType(value);
    });
    if (typeof path[path.length - 1] === 'string')
      yield set((parent, key) => {
        delete (parent as Record<string, unknown>)[key];
      });
    if (path.length > depth) return;
    // The first item of a list stands for the rest.
    if (Array.isArray(value) && value.length) yield* walk([...path, 0], value[0]);
    else if (isRecord(value)) for (const [key, child] of Object.entries(value)) yield* walk([...path, key], child);
  }
  yield* walk(['spec'], root.spec);
}

describe('rules and neighbours with errors', () => {
  it('runs every rule with each document replaced by schema-invalid variants, and none fails', () => {
    const files = baseFiles();
    const workspace = new Workspace({ asOf: '2016-01-01' });
    for (const [uri, text] of Object.entries(files)) workspace.set(uri, text);
    const failures = (uris: string[]) =>
      uris.flatMap((uri) =>
        workspace
          .diagnostics(uri)
          .diagnostics.filter((d) => d.code === RULE_ERROR_CODE)
          .map((d) => `${uri}: ${d.message}`),
      );
    expect(failures(workspace.uris())).toEqual([]);
    let tried = 0;
    for (const [uri, text] of Object.entries(files)) {
      const value = parseText(text, uri).documents[0]?.value;
      if (!isRecord(value)) continue;
      for (const variant of variants(value)) {
        const affected = workspace.set(uri, stringify(variant));
        if (!workspace.diagnostics(uri).diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('schema/'))) continue;
        tried++;
        const found = failures(affected);
        if (found.length) expect.fail(`With ${uri} changed to\n${stringify(variant.spec)}\n${found.join('\n')}`);
      }
      workspace.set(uri, text);
    }
    expect(tried).toBeGreaterThan(1000);
    // Every example, every variant: over 30 s on a loaded machine now the examples hold monitoring visits too.
  }, 120_000);

  /** The diagnostics `change` adds to the base files, as [uri, code, severity]. */
  function added(change: (files: Record<string, string>) => void): string[][] {
    const found = (files: Record<string, string>) => {
      const workspace = new Workspace({ asOf: '2016-01-01' });
      for (const [uri, text] of Object.entries(files)) workspace.set(uri, text);
      return workspace.validateAll().flatMap(({ uri, diagnostics }) => diagnostics.map((d) => [uri, d.code, d.severity]));
    };
    const files = baseFiles();
    const before = new Set(found(files).map((d) => d.join(' ')));
    change(files);
    return found(files).filter((d) => !before.has(d.join(' ')));
  }

  it('reports a broken national contract once, with a note in each consortium that varies it', () => {
    const contract = 'national-contracts/national-fostering-contract.yaml';
    const found = added((files) => {
      files[contract] = files[contract]!.replace(/^ {2}sections:/m, '  sections: 3\n  oldSections:');
    });
    expect(found).toEqual([
      ['consortia/east-midlands-regional.yaml', 'reference/target-has-errors', 'info'],
      ['consortia/er4-fostering.yaml', 'reference/target-has-errors', 'info'],
      ['consortia/herefordshire-worcestershire-fostering.yaml', 'reference/target-has-errors', 'info'],
      ['consortia/white-rose-fostering.yaml', 'reference/target-has-errors', 'info'],
      [contract, 'schema/type', 'error'],
      [contract, 'schema/additionalProperties', 'error'],
    ]);
  });

  it('gives the consortia under an overarching one with a wrong type no warning of their own', () => {
    const parent = 'consortia/placements-north-west.yaml';
    const found = added((files) => {
      files[parent] = files[parent]!.replace('type: overarching-regional', 'type: overarching-regionl');
    });
    expect(found.filter(([, , severity]) => severity !== 'info')).toEqual([[parent, 'schema/enum', 'error']]);
  });
});
