/*
 * Whether a local authority was a member of a consortium (or of one of its arrangements) on a
 * day, from the membership as the schema records it: a status, and joining and leaving dates
 * known to the day (`joined`, `left`) or only to the month or year (`joinedIn`, `leftIn`).
 */
import type { v1_consortium } from '@nof/schemas';
import { comparePartialDate, parsePartialDate } from '../dates/partial-date.js';

export type Membership = v1_consortium.Membership;

/**
 * `member` when the membership certainly covers `date`; `not-member` when it certainly does not
 * (the authority is only interested or joining, joined later, or had left); `unknown` when a date
 * known only to the month or year may fall either side of `date`.
 */
export function memberOn(membership: Membership, date: string): 'member' | 'not-member' | 'unknown' {
  const status = membership.status ?? 'member';
  if (status === 'interested' || status === 'joining') return 'not-member';
  let unknown = false;
  if (membership.joined !== undefined) {
    if (membership.joined > date) return 'not-member';
  } else {
    const joinedIn = parsePartialDate(membership.joinedIn);
    const order = joinedIn ? comparePartialDate(joinedIn, date) : 'before';
    if (order === 'after') return 'not-member';
    unknown ||= order === 'unknown';
  }
  if (membership.left !== undefined) {
    if (membership.left < date) return 'not-member';
  } else {
    const leftIn = parsePartialDate(membership.leftIn);
    const order = leftIn ? comparePartialDate(leftIn, date) : status === 'former' ? 'unknown' : 'after';
    if (order === 'before') return 'not-member';
    unknown ||= order === 'unknown';
  }
  return unknown ? 'unknown' : 'member';
}

/** The memberships that apply to an arrangement: its own `members` where it lists them, else the consortium's. */
export function membersOf(spec: v1_consortium.ConsortiumDetails, arrangementId?: string): Membership[] {
  const arrangement = arrangementId === undefined ? undefined : spec.arrangements.find((a) => a.id === arrangementId);
  return arrangement?.members ?? spec.members;
}
