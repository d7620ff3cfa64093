import { expect, it } from 'vitest';
import * as main from '../../packages/sdk/src/index.js';
import * as language from '../../packages/sdk/src/language/index.js';
import { fuzz } from './fuzz.mjs';

// A fixed seed, so a failure replays (`pnpm fuzz --replay <class> <file> <case seed>`, after
// `pnpm build`); `pnpm fuzz` runs more cases from any seed. The classes take turns.
const sdk = { ...main, ...language };

it('whatever is typed or saved, nothing breaks: 240 seeded cases of every class', () => {
  expect(fuzz(sdk, { seed: 14, cases: 240 })).toEqual([]);
}, 120_000);
