import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import rule from './personal-data-shared.js';

const request = (child: string, extra = '', metadata = '') =>
  documentYaml(
    'PlacementRequest',
    'request-0042',
    `requestingAuthority: E08000035\nrequestDate: 2015-06-01\nchild: ${child}${extra}`,
    metadata,
  );

const CHILD = '{ localReference: LC-0042, age: 12, gender: female, ethnicity: WBRI }';

describe('privacy/personal-data-shared', () => {
  it('flags personal fields in a placement request without quoting them', () => {
    const found = runRule(rule, request(CHILD));
    expect(found.map((d) => d.path)).toEqual(['/spec/child/gender', '/spec/child/ethnicity']);
    for (const d of found) expect(d.message).not.toMatch(/female|WBRI/);
  });

  it('flags other kinds only when they are shared with providers or the public', () => {
    const tracker = (sharing: string, apiVersion = 'nof/v1') =>
      documentYaml(
        'OutcomeTracker',
        'tracker-0042',
        `agreement: agreement-0042\nreviews:\n  - date: 2015-12-01\n    reviewerRole: Independent reviewing officer\n    ratings: [{ outcome: attend-school, value: 4, evidence: Attends every day }]`,
        `sharing: ${sharing}`,
        apiVersion,
      );
    expect(runRule(rule, tracker('public')).map((d) => [d.path, d.range.start.line])).toEqual([['/spec/reviews/0/ratings/0/evidence', 11]]);
    expect(runRule(rule, tracker('providers'))).toHaveLength(1);
    expect(runRule(rule, tracker('consortium'))).toEqual([]);
    expect(runRule(rule, tracker('public', 'nof/v2')).map((d) => d.path)).toEqual(['/spec/reviews/0/ratings/0/evidence']);
  });

  it('leaves a request its author keeps internal', () => {
    expect(runRule(rule, request(CHILD, '', 'sharing: internal'))).toEqual([]);
    expect(runRule(rule, request(CHILD, '', 'sharing: consortium'))).toHaveLength(2);
  });

  it('passes a redacted request', () => {
    expect(runRule(rule, request('{ localReference: LC-0042, age: 12 }'))).toEqual([]);
  });
});
