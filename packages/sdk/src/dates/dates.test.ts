import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, earliest, latest, today } from './calendar.js';
import { addPeriods, describePeriod, monthsIn, termEnd } from './period.js';

describe('calendar', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2015-12-31', 1)).toBe('2016-01-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addDays('2015-03-29', 1)).toBe('2015-03-30'); // the UK clocks went forward that night
  });

  it('adds months, a missing day becoming the last of the month', () => {
    expect(addMonths('2015-08-31', 6)).toBe('2016-02-29');
    expect(addMonths('2015-01-31', 1)).toBe('2015-02-28');
    expect(addMonths('2015-04-01', 24)).toBe('2017-04-01');
  });

  it('counts whole days between dates, negative backwards', () => {
    expect(daysBetween('2015-06-01', '2015-07-01')).toBe(30);
    expect(daysBetween('2015-07-01', '2015-06-01')).toBe(-30);
    expect(daysBetween('2015-03-28', '2015-03-30')).toBe(2);
  });

  it('picks the earliest and latest of dates', () => {
    expect(earliest('2015-06-01', '2014-12-31', '2015-01-01')).toBe('2014-12-31');
    expect(latest('2015-06-01', '2014-12-31', '2016-01-01')).toBe('2016-01-01');
    expect(latest('2015-06-01')).toBe('2015-06-01');
  });

  it('gives today as YYYY-MM-DD in the local time zone', () => {
    const now = new Date();
    expect(today()).toBe(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
  });
});

describe('periods', () => {
  it('adds periods one after another as months', () => {
    expect(monthsIn({ years: 2 }, { months: 6 }, {})).toBe(30);
    expect(addPeriods('2014-08-31', { years: 1 }, { months: 6 })).toBe('2016-02-29');
  });

  it('ends a term on the day before its anniversary', () => {
    expect(termEnd('2014-04-01', { years: 2 }, { years: 1 })).toEqual({ anniversary: '2017-04-01', lastDay: '2017-03-31' });
  });

  it('describes a period in years and months', () => {
    expect(describePeriod({ months: 6 })).toBe('6 months');
    expect(describePeriod({ years: 1 })).toBe('1 year');
    expect(describePeriod({ months: 18 })).toBe('1 year and 6 months');
    expect(describePeriod({ years: 1 }, { years: 1 })).toBe('2 years');
    expect(describePeriod({})).toBe('0 months');
  });
});
