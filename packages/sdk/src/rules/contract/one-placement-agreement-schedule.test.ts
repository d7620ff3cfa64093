import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { contract } from './_fixtures.js';
import rule from './one-placement-agreement-schedule.js';

const sections = '  - { id: general, title: General, clauses: [{ id: definitions, title: Definitions }] }';
const run = (schedules: string) => runRule(rule, contract(sections, schedules)).map((d) => [d.path, d.severity, d.message]);

describe('contract/one-placement-agreement-schedule', () => {
  it('passes exactly one IPA schedule', () => {
    expect(
      run(
        '  - { id: schedule-1, number: 1, title: Service specification }\n  - { id: schedule-5-ipa, number: 5, title: Total IPA weekly fee payable, isPlacementAgreement: true }',
      ),
    ).toEqual([]);
  });

  it('reports a second IPA schedule as an error', () => {
    expect(
      run(
        '  - { id: schedule-4, number: 4, title: IPA, isPlacementAgreement: true }\n  - { id: schedule-5, number: 5, title: Fees, isPlacementAgreement: true }',
      ),
    ).toEqual([
      [
        '/spec/schedules/1/isPlacementAgreement',
        'error',
        'Schedule 5 (Fees) is marked as the Individual Placement Agreement, but so is schedule 4 (IPA): a contract has one IPA.',
      ],
    ]);
  });

  it('warns when no schedule is the IPA, or there are no schedules', () => {
    const message =
      'No schedule is marked as the Individual Placement Agreement: mark the IPA schedule with isPlacementAgreement: true, adding it if it is missing.';
    expect(run('  - { id: schedule-1, number: 1, title: Service specification }')).toEqual([['/spec/schedules', 'warning', message]]);
    expect(run('')).toEqual([['/spec', 'warning', message]]);
  });
});
