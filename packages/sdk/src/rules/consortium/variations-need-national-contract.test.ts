import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { BASIS, varyingConsortium } from './_fixtures.js';
import rule from './variations-need-national-contract.js';

const variation = '[{ id: var-fees, changeType: added, summary: Prices are held. }]';
const run = (basis: string, variations = variation) => runRule(rule, varyingConsortium(basis, variations)).map((d) => [d.path, d.message]);

describe('consortium/variations-need-national-contract', () => {
  it('passes variations on a national contract basis, and own terms without variations', () => {
    expect(run(BASIS)).toEqual([]);
    expect(run('{ basis: own-terms }', '[]')).toEqual([]);
  });

  it('reports variations on own terms', () => {
    expect(run('{ basis: own-terms }')).toEqual([
      [
        '/spec/arrangements/0/variations',
        'Arrangement "ifa" records variations to a national contract but is based on its own terms: name the national contract in its contract basis.',
      ],
    ]);
  });
});
