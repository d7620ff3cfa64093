import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { VISIT, visitFiles, withSpec } from './_fixtures.js';
import rule from './visitor-is-member.js';

// The consortium's members are Leeds (E08000035) and, in some tests, Bradford (E08000032).
const run = (visit: Record<string, unknown>, members: unknown[] = [{ authority: 'E08000035' }]) =>
  runRule(rule, visitFiles(withSpec(VISIT, visit), { members })).map((d) => [d.path, d.message]);

describe('monitoring/visitor-is-member', () => {
  it('reports a visiting authority that is not a member', () => {
    expect(run({ visitingAuthority: 'E08000032' })).toEqual([
      ['/spec/visitingAuthority', 'The visiting authority, Bradford (E08000032), is not a member of Consortium "dales".'],
    ]);
  });

  it('reports an authority monitored for that had left, or was only interested, on the day', () => {
    const members = [
      { authority: 'E08000035' },
      { authority: 'E08000032', status: 'former', left: '2014-12-31' },
      { authority: 'E08000033', status: 'interested' },
    ];
    expect(run({ onBehalfOf: { authorities: ['E08000032', 'E08000033'] } }, members)).toEqual([
      [
        '/spec/onBehalfOf/authorities/0',
        'Bradford (E08000032), which the monitoring was done for, was not a member of Consortium "dales" on 2015-03-10.',
      ],
      [
        '/spec/onBehalfOf/authorities/1',
        'Calderdale (E08000033), which the monitoring was done for, was not a member of Consortium "dales" on 2015-03-10.',
      ],
    ]);
  });

  it('passes members, a leaving date that may fall either side of the day, and monitoring for no consortium', () => {
    expect(run({})).toEqual([]);
    expect(
      run({ visitingAuthority: 'E08000032' }, [
        { authority: 'E08000035' },
        { authority: 'E08000032', status: 'former', leftIn: '2015-03' },
      ]),
    ).toEqual([]);
    expect(run({ consortium: undefined, arrangement: undefined, onBehalfOf: undefined, visitingAuthority: 'E08000032' })).toEqual([]);
  });
});
