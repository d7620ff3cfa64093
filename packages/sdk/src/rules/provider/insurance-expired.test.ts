import { describe, expect, it } from 'vitest';
import { PROVIDER, withSpec, yamlDocument } from '../agreement/_fixtures.js';
import { runRule } from '../testing.js';
import rule from './insurance-expired.js';

const run = (asOf: string, expires: string) =>
  runRule(
    rule,
    yamlDocument(
      'ProviderProfile',
      'brookside',
      withSpec(PROVIDER, { insurance: [{ type: 'public-liability', cover: 10000000, expires }] }),
    ),
    { asOf },
  ).map((d) => [d.path, d.severity, d.message]);

describe('provider/insurance-expired', () => {
  it('reports an expired policy as an error and one expiring within 30 days as a warning', () => {
    expect(run('2016-04-15', '2016-03-31')).toEqual([
      ['/spec/insurance/0/expires', 'error', 'The public-liability insurance expired on 2016-03-31 (as of 2016-04-15).'],
    ]);
    expect(run('2016-03-10', '2016-03-31')).toEqual([
      ['/spec/insurance/0/expires', 'warning', expect.stringContaining('expires on 2016-03-31, within 30 days of 2016-03-10')],
    ]);
    expect(run('2016-03-31', '2016-03-31').map((d) => d[1])).toEqual(['warning']);
  });

  it('passes a policy expiring more than 30 days ahead', () => {
    expect(run('2016-02-29', '2016-03-31')).toEqual([]);
  });
});
