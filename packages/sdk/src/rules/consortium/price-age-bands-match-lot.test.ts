import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { whiteRoseFramework } from './_fixtures.js';
import rule from './price-age-bands-match-lot.js';

const consortium = (lot: string) => whiteRoseFramework(`lots:\n  - id: standard\n    name: Standard\n${lot}`);

const price = (band: string) => `{ ageBand: ${band}, price: { amount: 850, per: week } }`;

describe('consortium/price-age-bands-match-lot', () => {
  it("passes prices for the lot's bands or for all ages, and lots without bands", () => {
    expect(
      runRule(
        rule,
        consortium(
          `    ageBands: [{ from: 0, to: 4 }, { from: 5, to: 10 }]\n    maximumPrices: [${price('{ from: 5, to: 10 }')}, { price: { amount: 900, per: week } }]`,
        ),
      ),
    ).toEqual([]);
    expect(runRule(rule, consortium(`    maximumPrices: [${price('{ from: 0, to: 5 }')}]`))).toEqual([]);
  });

  it("reports a price for a band the lot does not have, listing the lot's bands", () => {
    const found = runRule(
      rule,
      consortium(`    ageBands: [{ from: 0, to: 4 }, { from: 5, to: 10 }]\n    maximumPrices: [${price('{ from: 0, to: 5 }')}]`),
    );
    expect(found.map((d) => [d.path, d.message])).toEqual([
      [
        '/spec/arrangements/0/lots/0/maximumPrices/0/ageBand',
        'The maximum price for ages 0-5 is not for one of the age bands of lot "standard" of arrangement "ifa" (0-4, 5-10).',
      ],
    ]);
  });
});
