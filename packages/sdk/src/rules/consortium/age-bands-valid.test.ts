import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../parse/apply-edits.js';
import { runRule } from '../testing.js';
import { whiteRoseFramework } from './_fixtures.js';
import rule from './age-bands-valid.js';

const consortium = (lotBand: string, priceBand: string) =>
  whiteRoseFramework(`pricing:
  maximumPrices: [{ ageBand: ${priceBand}, price: { amount: 850, per: week } }]
lots:
  - id: standard
    name: Standard
    ageBands: [${lotBand}]`);

describe('consortium/age-bands-valid', () => {
  it('passes bands from the younger age to the older, including a one-year band', () => {
    expect(runRule(rule, consortium('{ from: 11, to: 18 }', '{ from: 16, to: 16 }'))).toEqual([]);
  });

  it('reports inverted bands on lots and maximum prices, and swaps the ages', () => {
    const text = consortium('{ from: 18, to: 11 }', '{ from: 4, to: 0 }');
    const found = runRule(rule, text);
    expect(found.map((d) => [d.path, d.message])).toEqual([
      [
        '/spec/arrangements/0/pricing/maximumPrices/0/ageBand',
        'The age band 4-0 of a maximum price of arrangement "ifa" starts above where it ends: write it as 0-4.',
      ],
      [
        '/spec/arrangements/0/lots/0/ageBands/0',
        'The age band 18-11 of lot "standard" of arrangement "ifa" starts above where it ends: write it as 11-18.',
      ],
    ]);
    const fixed = applyEdits(text, found[1]!.fixes![0]!.edits);
    expect(fixed).toContain('ageBands: [{ from: 11, to: 18 }]');
  });
});
