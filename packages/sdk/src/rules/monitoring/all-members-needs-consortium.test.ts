import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { VISIT, visitFiles, withSpec } from './_fixtures.js';
import rule from './all-members-needs-consortium.js';

const run = (changes: Record<string, unknown>) => runRule(rule, visitFiles(withSpec(VISIT, changes))).map((d) => [d.path, d.severity]);

describe('monitoring/all-members-needs-consortium', () => {
  it('reports monitoring for all members with no consortium named', () => {
    expect(run({ consortium: undefined, arrangement: undefined })).toEqual([['/spec/onBehalfOf/allMembers', 'error']]);
  });

  it('passes all members of a named consortium, and named authorities without one', () => {
    expect(run({})).toEqual([]);
    expect(run({ consortium: undefined, arrangement: undefined, onBehalfOf: { authorities: ['E08000032'] } })).toEqual([]);
    expect(run({ consortium: undefined, arrangement: undefined, onBehalfOf: undefined })).toEqual([]);
  });
});
