import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { whiteRoseFramework } from './_fixtures.js';
import rule from './stated-none-contradicted.js';

const run = (body: string) => runRule(rule, whiteRoseFramework(body)).map((d) => [d.path, d.message]);

describe('consortium/stated-none-contradicted', () => {
  it('passes a stated none with nothing listed, and lots that exist but are not described', () => {
    expect(run('hasLots: false\nhasTiers: false\nhasSuspensionProtocol: false')).toEqual([]);
    expect(run('hasLots: true\nhasTiers: true')).toEqual([]);
    expect(run('tiers: [{ id: t2, rank: 1, unlimitedProviders: true }]')).toEqual([]);
  });

  it('reports lots, tiers, a cap and a protocol that contradict a stated none', () => {
    expect(
      run(
        [
          'hasLots: false',
          'hasTiers: false',
          'hasSuspensionProtocol: false',
          'suspensionProtocol: { triggers: [ofsted-inadequate] }',
          'tiers: [{ id: t1, rank: 1, maximumProviders: 10, unlimitedProviders: true }]',
          'lots: [{ id: standard, name: Standard, tierCount: 3 }]',
        ].join('\n'),
      ),
    ).toEqual([
      ['/spec/arrangements/0/hasLots', 'Arrangement "ifa" says it has no lots (hasLots: false) but lists 1.'],
      [
        '/spec/arrangements/0/hasTiers',
        'Arrangement "ifa" says it has no tiers (hasTiers: false) but tiers are given at /spec/arrangements/0/tiers, /spec/arrangements/0/lots/0.',
      ],
      [
        '/spec/arrangements/0/hasSuspensionProtocol',
        'Arrangement "ifa" says it has no suspension protocol (hasSuspensionProtocol: false) but describes one.',
      ],
      [
        '/spec/arrangements/0/tiers/0/maximumProviders',
        'Tier "t1" of arrangement "ifa" is said to have no cap on providers (unlimitedProviders: true) and a cap of 10.',
      ],
    ]);
  });
});
