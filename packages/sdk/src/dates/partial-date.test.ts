import { describe, expect, it } from 'vitest';
import { comparePartialDate, describePartialDate, orderPartialDates, parsePartialDate, type PartialDate } from './partial-date.js';

const parse = (value: unknown): PartialDate => {
  const date = parsePartialDate(value);
  if (!date) throw new Error(`not a partial date: ${JSON.stringify(value)}`);
  return date;
};

describe('partial dates', () => {
  it('stands for the whole year or month written, never an invented day', () => {
    expect(parse(2009)).toMatchObject({ text: '2009', precision: 'year', first: '2009-01-01', last: '2009-12-31' });
    expect(parse('2014-11')).toMatchObject({ precision: 'month', first: '2014-11-01', last: '2014-11-30' });
    expect(parse('2016-02')).toMatchObject({ last: '2016-02-29' });
    expect(parse('2016-04-01')).toMatchObject({ precision: 'day', first: '2016-04-01', last: '2016-04-01' });
  });

  it('refuses impossible months and days and other shapes', () => {
    for (const bad of ['2014-13', '2015-02-29', '2014-1', 'November 2014', 2014.5, null, [], { qualifier: 'by' }]) {
      expect(parsePartialDate(bad)).toBeUndefined();
    }
  });

  it('opens or widens the span by its qualifier', () => {
    expect(parse({ date: 2018, qualifier: 'by' })).toMatchObject({ latest: '2018-12-31' });
    expect(parse({ date: 2018, qualifier: 'by' }).earliest).toBeUndefined();
    expect(parse({ date: 2009, qualifier: 'from' })).toMatchObject({ earliest: '2009-01-01' });
    expect(parse({ date: 2009, qualifier: 'from' }).latest).toBeUndefined();
    expect(parse({ date: '2014-11', qualifier: 'about' })).toMatchObject({ earliest: '2014-10-01', latest: '2014-12-31' });
    expect(parse({ date: '2014-12', qualifier: 'about' })).toMatchObject({ earliest: '2014-11-01', latest: '2015-01-31' });
    expect(parse({ date: 2015, qualifier: 'before' })).toMatchObject({ latest: '2014-12-31' });
    expect(parse({ date: '2015-06-01', qualifier: 'after' })).toMatchObject({ earliest: '2015-06-02' });
  });

  it('describes itself in words', () => {
    expect(describePartialDate(parse('2014-11'))).toBe('November 2014');
    expect(describePartialDate(parse({ date: 2018, qualifier: 'by' }))).toBe('by 2018');
    expect(describePartialDate(parse('2016-04-01'))).toBe('1 April 2016');
  });

  it('compares with a day only where every day it may be agrees', () => {
    expect(comparePartialDate(parse('2014-11'), '2014-12-01')).toBe('before');
    expect(comparePartialDate(parse('2014-11'), '2014-10-31')).toBe('after');
    expect(comparePartialDate(parse('2014-11'), '2014-11-13')).toBe('unknown');
    expect(comparePartialDate(parse('2014-11-13'), '2014-11-13')).toBe('on');
    expect(comparePartialDate(parse({ date: 2018, qualifier: 'by' }), '2015-06-01')).toBe('unknown');
    expect(comparePartialDate(parse({ date: 2018, qualifier: 'by' }), '2019-01-01')).toBe('before');
  });

  it('orders two partial dates only when their spans do not overlap', () => {
    expect(orderPartialDates(parse(2013), parse('2014-04'))).toBe(-1);
    expect(orderPartialDates(parse('2014-04'), parse(2013))).toBe(1);
    expect(orderPartialDates(parse(2014), parse('2014-11'))).toBeUndefined();
    expect(orderPartialDates(parse('2014-11-01'), parse('2014-11-01'))).toBe(0);
    expect(orderPartialDates(parse({ date: 2009, qualifier: 'from' }), parse(2020))).toBeUndefined();
  });
});
