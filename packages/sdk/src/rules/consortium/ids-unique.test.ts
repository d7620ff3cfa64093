import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { whiteRose } from './_fixtures.js';
import rule from './ids-unique.js';

const run = (arrangements: string) =>
  runRule(rule, whiteRose(arrangements)).map((d) => [d.path, d.message, d.related?.[0]?.range.start.line]);

describe('consortium/ids-unique', () => {
  it('passes repeated ids in different lists: the same tier ids in each lot, the same lot id in two arrangements', () => {
    expect(
      run(`- id: ifa
  type: framework-agreement
  lots:
    - { id: standard, name: Standard, tiers: [{ id: tier-1, rank: 1 }, { id: tier-2, rank: 2 }] }
    - { id: solo, name: Solo, tiers: [{ id: tier-1, rank: 1 }] }
- id: residential
  type: framework-agreement
  lots: [{ id: standard, name: Standard }]`),
    ).toEqual([]);
  });

  it('reports a repeated arrangement, lot, tier and variation id, each linked to the first', () => {
    expect(
      run(`- id: ifa
  type: framework-agreement
  tiers: [{ id: tier-1, rank: 1 }, { id: tier-1, rank: 2 }]
  variations:
    - { id: var-fees, changeType: added, summary: Fees are held. }
    - { id: var-fees, changeType: added, summary: Monitoring is shared. }
- id: ifa
  type: framework-agreement
  lots:
    - { id: standard, name: Standard }
    - { id: standard, name: Standard again }`),
    ).toEqual([
      [
        '/spec/arrangements/0/tiers/1/id',
        'Another tier within arrangement "ifa" already has the id "tier-1": tier ids must be unique within arrangement "ifa".',
        11,
      ],
      [
        '/spec/arrangements/0/variations/1/id',
        'Another variation within arrangement "ifa" already has the id "var-fees": variation ids must be unique within arrangement "ifa".',
        13,
      ],
      [
        '/spec/arrangements/1/id',
        'Another arrangement in the consortium already has the id "ifa": arrangement ids must be unique in the consortium.',
        9,
      ],
      [
        '/spec/arrangements/1/lots/1/id',
        'Another lot within arrangement "ifa" already has the id "standard": lot ids must be unique within arrangement "ifa".',
        18,
      ],
    ]);
  });
});
