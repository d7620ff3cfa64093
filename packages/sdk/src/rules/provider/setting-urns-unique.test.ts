import { describe, expect, it } from 'vitest';
import { PROVIDER, withSpec, yamlDocument } from '../agreement/_fixtures.js';
import { runRule } from '../testing.js';
import rule from './setting-urns-unique.js';

const setting = (id: string, ofstedUrn: string) => ({ id, name: `Home ${id}`, ofstedUrn, type: 'childrens-home' });
const run = (...settings: unknown[]) => runRule(rule, yamlDocument('ProviderProfile', 'brookside', withSpec(PROVIDER, { settings })));

describe('provider/setting-urns-unique', () => {
  it('reports a repeated URN, linked to the first setting with it', () => {
    const found = run(setting('a', 'SC123456'), setting('b', '1234567'), setting('c', 'SC123456'));
    expect(found.map((d) => [d.path, d.message])).toEqual([
      [
        '/spec/settings/2/ofstedUrn',
        'Another setting of this provider already has the Ofsted URN SC123456: each registered setting has its own.',
      ],
    ]);
    expect(found[0]!.related?.[0]?.range.start.line).toBeLessThan(found[0]!.range.start.line);
  });

  it('passes distinct URNs', () => {
    expect(run(setting('a', 'SC123456'), setting('b', '1234567'))).toEqual([]);
  });
});
