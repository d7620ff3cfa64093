import { expect, it } from 'vitest';
import * as sdk from '../../packages/sdk/src/index.js';
import { fuzz } from './fuzz.mjs';

// A fixed seed, so a failure replays (`pnpm fuzz --replay <class> <file> <case seed>`, after
// `pnpm build`); `pnpm fuzz` runs more cases from any seed. The classes take turns.
it('whatever is typed or saved, nothing breaks: 240 seeded cases of every class', () => {
  expect(fuzz(sdk, { seed: 14, cases: 240 })).toEqual([]);
});
