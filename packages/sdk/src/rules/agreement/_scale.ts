/*
 * Whether a value lies on an outcome indicator's measurement scale, shared by the rules that
 * check an outcome's baseline and target and an outcome tracker's ratings.
 */
import { replaceFix, yamlScalar } from '../../schema/fixes.js';
import type { Fix, Range } from '../../diagnostics/diagnostic.js';
import { joinAnd, type Scale } from './_documents.js';

const WORDS: Record<string, string[]> = { rag: ['red', 'amber', 'green'], 'yes-no': ['yes', 'no'] };

/** What the scale accepts, for messages: `a score from 0 to 40`, `red, amber or green`. */
export function describeScale(scale: Scale): string {
  switch (scale.type) {
    case 'numeric':
      return `a score from ${scale.minimum} to ${scale.maximum}`;
    case 'percentage':
      return 'a percentage from 0 to 100';
    case 'ordinal': {
      const points = scale.points.map((p) => `${p.value} (${p.label})`);
      return `one of the points ${joinAnd(points, 'or')}`;
    }
    default:
      return joinAnd(WORDS[scale.type] ?? [], 'or');
  }
}

/** True when `value` is a value of the scale. */
export function onScale(scale: Scale, value: number | string): boolean {
  switch (scale.type) {
    case 'numeric':
      return typeof value === 'number' && value >= scale.minimum && value <= scale.maximum;
    case 'percentage':
      return typeof value === 'number' && value >= 0 && value <= 100;
    case 'ordinal':
      return scale.points.some((p) => p.value === value);
    default:
      return typeof value === 'string' && (WORDS[scale.type] ?? []).includes(value);
  }
}

/** A fix for a word scale value written in another case (`Amber` → `amber`), if that is all that is wrong. */
export function caseFix(scale: Scale, value: number | string, range: Range): Fix[] {
  if (typeof value !== 'string') return [];
  const word = (WORDS[scale.type] ?? []).find((w) => w === value.trim().toLowerCase());
  return word === undefined ? [] : [replaceFix(`Change to ${word}`, range, yamlScalar(word))];
}
