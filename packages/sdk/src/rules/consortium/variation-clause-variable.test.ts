import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { BASIS, nationalContract, varyingConsortium } from './_fixtures.js';
import rule from './variation-clause-variable.js';

const run = (variations: string) =>
  runRule(rule, { files: { 'contract.yaml': nationalContract, 'consortium.yaml': varyingConsortium(BASIS, variations) } }).map((d) => [
    d.path,
    d.severity,
    d.message,
    d.related?.[0]?.uri,
  ]);

describe('consortium/variation-clause-variable', () => {
  it('passes variations to clauses and schedules marked as varied locally, and added clauses', () => {
    expect(
      run(`
      - { id: var-call-off, clause: referral-and-matching, changeType: amended, summary: Prescribed call-off. }
      - { id: var-spec, schedule: schedule-1-specification, changeType: replaced, summary: Local specification. }
      - { id: var-extra, clause: safeguarding, changeType: added, summary: A new clause after safeguarding. }`),
    ).toEqual([]);
  });

  it('warns about a variation to a clause or schedule not marked as varied locally', () => {
    expect(
      run(`
      - { id: var-safeguarding, clause: safeguarding, changeType: amended, summary: Local safeguarding rules. }
      - { id: var-ipa, schedule: schedule-4-ipa, changeType: amended, summary: Local IPA. }`),
    ).toEqual([
      [
        '/spec/arrangements/0/variations/0/clause',
        'warning',
        'Variation "var-safeguarding" changes clause "safeguarding" (Safeguarding and child protection), which national-fostering-contract-2011 does not mark as commonly varied locally: make sure it is needed for local need and say why in its rationale.',
        'contract.yaml',
      ],
      [
        '/spec/arrangements/0/variations/1/schedule',
        'warning',
        'Variation "var-ipa" changes schedule "schedule-4-ipa" (Individual Placement Agreement), which national-fostering-contract-2011 does not mark as commonly varied locally: make sure it is needed for local need and say why in its rationale.',
        'contract.yaml',
      ],
    ]);
  });
});
