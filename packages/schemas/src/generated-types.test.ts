import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
// @ts-expect-error plain ESM build script without declarations
import { renderTypes } from '../scripts/generate.mjs';
import { API_VERSIONS, KIND_VERSIONS, KINDS, type DocumentTypes, type Kind } from './index.js';

const generated = fileURLToPath(new URL('./generated/', import.meta.url));

describe('generated types', () => {
  it('match the schemas (run `pnpm generate` and commit when this fails)', async () => {
    const files = (await renderTypes()) as Map<string, string>;
    expect(files.size).toBeGreaterThan(7);
    for (const [file, text] of files) {
      expect(readFileSync(generated + file, 'utf8'), file).toBe(text);
    }
  });

  it('give every kind its versions, keyed by the kind and apiVersion each schema fixes', () => {
    expect(Object.keys(KIND_VERSIONS).sort()).toEqual([...KINDS].sort());
    expect(KIND_VERSIONS.PlacementAgreement).toEqual(['nof/v1', 'nof/v2']);
    expect(API_VERSIONS).toEqual(['nof/v1', 'nof/v2']);
    expectTypeOf<keyof DocumentTypes>().toEqualTypeOf<Kind>();
    expectTypeOf<DocumentTypes['PlacementAgreement']['nof/v2']['apiVersion']>().toEqualTypeOf<'nof/v2'>();
    expectTypeOf<DocumentTypes['OutcomeTracker']['nof/v1']['kind']>().toEqualTypeOf<'OutcomeTracker'>();
  });
});
