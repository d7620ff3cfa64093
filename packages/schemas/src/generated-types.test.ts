import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM build script without declarations
import { renderTypes } from '../scripts/generate.mjs';

const generated = fileURLToPath(new URL('./generated/', import.meta.url));

describe('generated types', () => {
  it('match the schemas (run `pnpm generate` and commit when this fails)', async () => {
    const files = (await renderTypes()) as Map<string, string>;
    expect(files.size).toBeGreaterThan(7);
    for (const [file, text] of files) {
      expect(readFileSync(generated + file, 'utf8'), file).toBe(text);
    }
  });
});
