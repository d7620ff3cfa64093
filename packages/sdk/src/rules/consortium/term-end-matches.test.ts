import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../parse/apply-edits.js';
import { documentYaml, runRule } from '../testing.js';
import rule from './term-end-matches.js';

const consortium = (term: string) =>
  documentYaml(
    'Consortium',
    'greater-manchester',
    `type: sub-regional\nmembers: [{ authority: E08000009 }]\narrangements:\n  - id: residential\n    type: framework-agreement\n    term: ${term}`,
  );

const twoPlusOnePlusOne = (taken: number, end: string) =>
  `{ startDate: 2014-04-01, initialPeriod: { years: 2 }, extensionOptions: [{ years: 1 }, { years: 1 }], extensionsTaken: ${taken}, endDate: ${end} }`;

const run = (term: string) => runRule(rule, consortium(term)).map((d) => [d.path, d.message, d.severity]);

describe('consortium/term-end-matches', () => {
  it('passes the last day or the anniversary of the term with the extensions taken, or with every option', () => {
    expect(run(twoPlusOnePlusOne(0, '2016-03-31'))).toEqual([]);
    expect(run(twoPlusOnePlusOne(1, '2017-04-01'))).toEqual([]);
    expect(run(twoPlusOnePlusOne(0, '2018-03-31'))).toEqual([]);
    expect(run('{ startDate: 2014-01-31, initialPeriod: { months: 1 }, endDate: 2014-02-27 }')).toEqual([]);
    expect(run('{ startDate: 2014-04-01, initialPeriod: { years: 2 } }')).toEqual([]);
  });

  it('reports an end date that leaves out an extension taken, and replaces it', () => {
    const text = consortium(twoPlusOnePlusOne(1, '2016-03-31'));
    const [d] = runRule(rule, text);
    expect([d!.path, d!.message, d!.severity]).toEqual([
      '/spec/arrangements/0/term/endDate',
      'The end date 2016-03-31 of arrangement "residential" does not agree with its term: from 2014-04-01, the initial 2 years with 1 extension taken (1 year) runs to 2017-03-31.',
      'warning',
    ]);
    const fixed = applyEdits(text, d!.fixes![0]!.edits);
    expect(fixed).toContain('endDate: 2017-03-31 }');
    expect(runRule(rule, fixed)).toEqual([]);
  });

  it('counts years and months, with no extension taken', () => {
    expect(run('{ startDate: 2014-10-01, initialPeriod: { years: 1, months: 6 }, endDate: 2016-09-30 }')).toEqual([
      [
        '/spec/arrangements/0/term/endDate',
        'The end date 2016-09-30 of arrangement "residential" does not agree with its term: from 2014-10-01, the initial 1 year and 6 months with no extension taken runs to 2016-03-31.',
        'warning',
      ],
    ]);
  });
});
