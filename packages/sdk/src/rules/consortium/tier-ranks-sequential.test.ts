import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import rule from './tier-ranks-sequential.js';

const consortium = (lotTiers: string, arrangementTiers = '[]') =>
  documentYaml(
    'Consortium',
    'north-region',
    `type: sub-regional
members: [{ authority: E06000023 }, { authority: E06000025 }]
arrangements:
  - id: ifa
    type: framework-agreement
    tiers: ${arrangementTiers}
    lots:
      - id: standard
        name: Standard
        tiers: ${lotTiers}`,
  );

const run = (lotTiers: string, arrangementTiers?: string) =>
  runRule(rule, consortium(lotTiers, arrangementTiers)).map((d) => [d.path, d.message]);

describe('consortium/tier-ranks-sequential', () => {
  it('passes ranks 1..n in any order, and ranks counted separately for each authority', () => {
    expect(run('[{ id: b, rank: 2 }, { id: a, rank: 1 }, { id: c, rank: 3 }]')).toEqual([]);
    expect(
      run(
        '[{ id: a, rank: 1, forAuthority: E06000023 }, { id: b, rank: 1, forAuthority: E06000025 }, { id: c, rank: 2, forAuthority: E06000025 }]',
      ),
    ).toEqual([]);
  });

  it('reports a gap in the ranks on the tiers list', () => {
    const [d] = runRule(rule, consortium('[{ id: a, rank: 1 }, { id: c, rank: 4 }]'));
    expect(d).toMatchObject({ path: '/spec/arrangements/0/lots/0/tiers', range: { start: { line: 15, character: 10 } } });
    expect(d!.message).toBe(
      'The tiers of lot "standard" of arrangement "ifa" are ranked 1 and 4, with no tier 2 and 3: ranks run 1, 2, 3... without gaps.',
    );
  });

  it("reports a rank used twice, and a list that does not start at 1, for the arrangement's own tiers too", () => {
    expect(run('[{ id: a, rank: 1 }, { id: b, rank: 1 }]', '[{ id: x, rank: 2, forAuthority: E06000023 }]')).toEqual([
      [
        '/spec/arrangements/0/tiers',
        'The tiers of arrangement "ifa" for Bristol, City of (E06000023) are ranked 2, with no tier 1: ranks run 1, 2, 3... without gaps.',
      ],
      [
        '/spec/arrangements/0/lots/0/tiers/1/rank',
        'Two tiers of lot "standard" of arrangement "ifa" are ranked 1: each rank is used once, so the order providers are approached in is clear.',
      ],
    ]);
  });

  it('ranks the tiers of each service apart, and names the service in messages', () => {
    expect(
      run(
        '[{ id: a, rank: 1 }]',
        '[{ id: f1, rank: 1, service: fostering }, { id: f2, rank: 2, service: fostering }, { id: r1, rank: 1, service: residential-child-care }]',
      ),
    ).toEqual([]);
    expect(
      run('[{ id: a, rank: 1 }]', '[{ id: f1, rank: 1, service: fostering }, { id: r2, rank: 2, service: residential-child-care }]'),
    ).toEqual([
      [
        '/spec/arrangements/0/tiers',
        'The tiers of arrangement "ifa" (residential child care) are ranked 2, with no tier 1: ranks run 1, 2, 3... without gaps.',
      ],
    ]);
  });
});
