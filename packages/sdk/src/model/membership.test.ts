import { describe, expect, it } from 'vitest';
import { memberOn } from './membership.js';

const leeds = 'E08000035';

describe('memberOn', () => {
  it('counts a member from joining to leaving, both days included', () => {
    const m = { authority: leeds, joined: '2014-05-01', left: '2015-03-31' };
    expect(memberOn(m, '2014-04-30')).toBe('not-member');
    expect(memberOn(m, '2014-05-01')).toBe('member');
    expect(memberOn(m, '2015-03-31')).toBe('member');
    expect(memberOn(m, '2015-04-01')).toBe('not-member');
    expect(memberOn({ authority: leeds }, '2001-01-01')).toBe('member');
  });

  it('never counts an interested or joining authority', () => {
    expect(memberOn({ authority: leeds, status: 'interested' }, '2015-06-01')).toBe('not-member');
    expect(memberOn({ authority: leeds, status: 'joining' }, '2015-06-01')).toBe('not-member');
  });

  it('cannot tell inside a month or year known only as such, nor when a former member left', () => {
    expect(memberOn({ authority: leeds, joinedIn: '2014-05' }, '2014-05-13')).toBe('unknown');
    expect(memberOn({ authority: leeds, joinedIn: '2014-05' }, '2014-06-01')).toBe('member');
    expect(memberOn({ authority: leeds, status: 'former', leftIn: 2013 }, '2014-01-01')).toBe('not-member');
    expect(memberOn({ authority: leeds, status: 'former' }, '2014-01-01')).toBe('unknown');
  });
});
