import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import { whiteRoseFramework } from './_fixtures.js';
import rule from './dates-agree.js';

const run = (text: string) => runRule(rule, text).map((d) => [d.path, d.message]);

describe('consortium/dates-agree', () => {
  it('passes a day within its month or year, and either form alone', () => {
    expect(run(whiteRoseFramework('term: { startDate: 2014-04-07, startedIn: 2014-04, endsIn: { date: 2018, qualifier: by } }'))).toEqual(
      [],
    );
    expect(run(whiteRoseFramework('term: { startedIn: 2014 }'))).toEqual([]);
  });

  it('reports a term date outside its month', () => {
    expect(run(whiteRoseFramework('term: { startDate: 2014-05-01, startedIn: 2014-04 }'))).toEqual([
      [
        '/spec/arrangements/0/term/startDate',
        'The startDate of the term of arrangement "ifa", 2014-05-01, is not within April 2014 (its startedIn): they must agree.',
      ],
    ]);
  });

  it('reports membership dates that disagree, on the consortium and on an arrangement', () => {
    const text = documentYaml(
      'Consortium',
      'peninsula',
      `type: sub-regional
members:
  - { authority: E06000026, left: 2016-01-31, leftIn: { date: 2015, qualifier: by } }
arrangements:
  - id: cv
    type: cost-and-volume-contract
    members: [{ authority: E06000027, joined: 2007-05-01, joinedIn: 2008 }]`,
    );
    expect(run(text)).toEqual([
      ['/spec/members/0/left', 'The left of member E06000026, 2016-01-31, is not within by 2015 (its leftIn): they must agree.'],
      [
        '/spec/arrangements/0/members/0/joined',
        'The joined of member E06000027 of arrangement "cv", 2007-05-01, is not within 2008 (its joinedIn): they must agree.',
      ],
    ]);
  });
});
