import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { whiteRoseFramework } from './_fixtures.js';
import rule from './age-bands-no-overlap.js';

const consortium = (bands: string) => whiteRoseFramework(`lots: [{ id: standard, name: Standard, ageBands: ${bands} }]`);

const run = (bands: string) => runRule(rule, consortium(bands)).map((d) => [d.path, d.message]);

describe('consortium/age-bands-no-overlap', () => {
  it('passes bands that touch but do not share an age, with gaps allowed', () => {
    expect(run('[{ from: 0, to: 4 }, { from: 5, to: 10 }, { from: 16, to: 18 }]')).toEqual([]);
  });

  it('reports bands sharing an age or a range of ages, on the later band', () => {
    expect(run('[{ from: 0, to: 5 }, { from: 5, to: 10 }, { from: 8, to: 18 }]')).toEqual([
      [
        '/spec/arrangements/0/lots/0/ageBands/1',
        'The age bands 0-5 and 5-10 of lot "standard" of arrangement "ifa" overlap at age 5: each age belongs to one band.',
      ],
      [
        '/spec/arrangements/0/lots/0/ageBands/2',
        'The age bands 5-10 and 8-18 of lot "standard" of arrangement "ifa" overlap at ages 8-10: each age belongs to one band.',
      ],
    ]);
  });

  it('leaves bands that run backwards to age-bands-valid', () => {
    expect(run('[{ from: 0, to: 10 }, { from: 12, to: 5 }]')).toEqual([]);
  });
});
