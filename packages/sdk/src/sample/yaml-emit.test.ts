import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toYaml } from './yaml-emit.js';

describe('toYaml', () => {
  it('writes block YAML that reads back as the same data', () => {
    const value = {
      apiVersion: 'nof/v1',
      metadata: { id: 'ipa-0042', labels: ['fictional', 'sample'] },
      spec: {
        urn: '2900202',
        date: '2015-04-01',
        at: '2015-04-01T09:30:00+01:00',
        answer: 'no',
        colon: 'a: b',
        quote: 'say "hi"',
        amount: 850.5,
        urgent: false,
        empty: [],
        none: {},
        list: [{ a: 1, b: [1, 2], c: { d: 'e' } }, 'plain', [{ x: 1 }]],
        nested: [{ reviews: [{ ratings: [{ outcome: 'calmer', value: 16 }] }] }],
      },
    };
    const text = toYaml(value);
    expect(parse(text, { schema: 'core' })).toEqual(value);
    expect(text).toContain('\n    - a: 1\n      b: [1, 2]\n      c:\n        d: e\n');
    expect(text).toContain('urn: "2900202"');
    expect(text).toContain('date: 2015-04-01\n');
  });
});
