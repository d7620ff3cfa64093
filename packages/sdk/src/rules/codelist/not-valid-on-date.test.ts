import { describe, expect, it } from 'vitest';
import { AGREEMENT, agreementYaml, withSpec } from '../agreement/_fixtures.js';
import { documentYaml, runRule } from '../testing.js';
import notValidOnDate from './not-valid-on-date.js';

const consortium = (member: string, arrangement = '') =>
  documentYaml(
    'Consortium',
    'east-midlands',
    `type: regional\nmembers:\n  - ${member}\narrangements:\n  - { id: ifa, type: framework-agreement${arrangement} }`,
  );

/** A nof/v2 agreement placed by `authority` from `startDate` to `plannedEndDate`. */
const v2Agreement = (authority: string, startDate: string, plannedEndDate: string) =>
  agreementYaml(withSpec(AGREEMENT, { placingAuthority: authority, startDate, plannedEndDate }), 'nof/v2');

describe('codelist/not-valid-on-date', () => {
  it('reports an abolished authority in a current membership, offering each successor', () => {
    const [d] = runRule(notValidOnDate, consortium('{ authority: E10000021, joined: 2010-04-01 }'), { asOf: '2023-01-01' });
    expect(d!.message).toBe(
      'Northamptonshire (E10000021) was abolished on 2021-04-01; use North Northamptonshire (E06000061) or West Northamptonshire (E06000062). It is judged on 2023-01-01 (the membership). If the document describes how things stood on an earlier date (a snapshot such as the 2015 review), judge it by that date: set `asOf` in nof.config.yaml or pass `--as-of YYYY-MM-DD`.',
    );
    expect(d!.path).toBe('/spec/members/0/authority');
    expect(d!.fixes!.map((f) => f.edits[0]!.newText)).toEqual(['E06000061', 'E06000062']);
  });

  it('judges a code on the date of the period around it, else asOf', () => {
    expect(
      runRule(notValidOnDate, consortium('{ authority: E10000021, joined: 2010-04-01, left: 2019-03-31 }'), { asOf: '2023-01-01' }),
    ).toEqual([]);
    expect(runRule(notValidOnDate, consortium('{ authority: E10000021 }'), { asOf: '2020-01-01' })).toEqual([]);
    expect(runRule(notValidOnDate, consortium('{ authority: E10000021 }'), { asOf: '2021-04-01' })).toHaveLength(1);
  });

  it('takes a membership known only to the year as lasting to the end of that year', () => {
    expect(runRule(notValidOnDate, consortium('{ authority: E10000021, leftIn: 2020 }'), { asOf: '2023-01-01' })).toEqual([]);
    const [d] = runRule(notValidOnDate, consortium('{ authority: E10000021, leftIn: 2021 }'), { asOf: '2023-01-01' });
    expect(d!.message).toContain('It is judged on 2021-12-31 (the membership).');
    expect(d!.message).not.toContain('--as-of');
  });

  it('reports a code used before it existed, on the start of a future term', () => {
    const found = runRule(
      notValidOnDate,
      consortium('{ authority: E08000035 }', ', leadAuthority: E06000061, term: { startDate: 2020-04-01 }'),
      { asOf: '2019-01-01' },
    );
    expect(found.map((d) => d.message)).toEqual([
      "North Northamptonshire (E06000061) is valid only from 2021-04-01, not on 2020-04-01 (the arrangement's term).",
    ]);
  });

  it('judges a nof/v2 agreement by the placement it records', () => {
    expect(runRule(notValidOnDate, v2Agreement('E10000021', '2020-06-01', '2021-06-01')).map((d) => d.path)).toEqual([
      '/spec/placingAuthority',
    ]);
    expect(runRule(notValidOnDate, v2Agreement('E10000021', '2020-06-01', '2021-03-31'))).toEqual([]);
  });

  it('judges a placement that has ended by the day it ended, not its planned end', () => {
    // Northamptonshire (E10000021) was abolished on 31 March 2021; the placement ended before then.
    const ended = agreementYaml(
      withSpec(AGREEMENT, { placingAuthority: 'E10000021', startDate: '2020-06-01', plannedEndDate: '2022-06-01', endDate: '2021-01-15' }),
      'nof/v2',
    );
    expect(runRule(notValidOnDate, ended, { asOf: '2023-01-01' })).toEqual([]);
  });
});
