import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { contract } from './_fixtures.js';
import rule from './ids-unique.js';

const run = (sections: string, schedules?: string) =>
  runRule(rule, contract(sections, schedules)).map((d) => [d.path, d.message, d.related?.[0]?.range.start.line]);

describe('contract/ids-unique', () => {
  it('passes distinct ids', () => {
    expect(
      run(
        `  - { id: placements, title: Placements, clauses: [{ id: placement-notice, title: Notice }] }\n  - { id: termination, title: Termination, clauses: [{ id: termination-notice, title: Notice }] }`,
        `  - { id: schedule-5-ipa, number: 5, title: IPA }`,
      ),
    ).toEqual([]);
  });

  it('reports a clause id repeated in another section, and repeated section and schedule ids', () => {
    expect(
      run(
        `  - { id: placements, title: Placements, clauses: [{ id: notice, title: Notice }] }\n  - { id: placements, title: Termination, clauses: [{ id: notice, title: Notice }] }`,
        `  - { id: schedule-5-ipa, number: 5, title: IPA }\n  - { id: schedule-5-ipa, number: 6, title: Fees }`,
      ),
    ).toEqual([
      [
        '/spec/sections/1/id',
        'Another section of this contract already has the id "placements": section ids must be unique across the contract, because variations name them.',
        11,
      ],
      [
        '/spec/sections/1/clauses/0/id',
        'Another clause of this contract already has the id "notice": clause ids must be unique across the contract, because variations name them.',
        11,
      ],
      [
        '/spec/schedules/1/id',
        'Another schedule of this contract already has the id "schedule-5-ipa": schedule ids must be unique across the contract, because variations name them.',
        14,
      ],
    ]);
  });
});
