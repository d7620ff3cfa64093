import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs script, run by `pnpm notes-share`, without type declarations.
import { fieldsShare, textShare } from './notes-share.mjs';

describe('notes share', () => {
  it('counts every scalar of the spec by its text, notes apart', () => {
    expect(textShare({ type: 'regional', members: [{ authority: 'E08000035', notes: 'abc' }], providerCount: 28, notes: 'xy' })).toEqual({
      fields: 'regional'.length + 'E08000035'.length + 2,
      notes: 5,
    });
    expect(fieldsShare({ spec: { notes: 'only commentary' } })).toBe(0);
  });

  it('finds at least 85% of what each example consortium says in fields', () => {
    const folder = fileURLToPath(new URL('../../../examples/consortia/', import.meta.url));
    const low = readdirSync(folder)
      .map((name) => [name, fieldsShare(parse(readFileSync(join(folder, name), 'utf8')))] as const)
      .filter(([, share]) => share < 0.85)
      .map(([name, share]) => `${name}: ${(100 * share).toFixed(1)}%`);
    expect(low).toEqual([]);
  });
});
