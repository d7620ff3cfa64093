import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { whiteRoseFramework } from './_fixtures.js';
import rule from './urgent-exception-described.js';

const consortium = (exception: string) => whiteRoseFramework(`callOff:\n  method: sequential-by-tier\n  urgentException: ${exception}`);

describe('consortium/urgent-exception-described', () => {
  it('passes a described exception, and no exception', () => {
    expect(runRule(rule, consortium('{ allowed: true, description: Same-day placements may go to all tiers at once. }'))).toEqual([]);
    expect(runRule(rule, consortium('{ allowed: false }'))).toEqual([]);
  });

  it('warns about an allowed exception with no description, on its key', () => {
    const found = runRule(rule, consortium('{ allowed: true }'));
    expect(found.map((d) => [d.path, d.severity, d.range.start.line, d.message])).toEqual([
      [
        '/spec/arrangements/0/callOff/urgentException',
        'warning',
        13,
        'Arrangement "ifa" allows urgent placements to depart from the call-off procedure without saying when: describe when the exception applies and what must be recorded.',
      ],
    ]);
  });
});
