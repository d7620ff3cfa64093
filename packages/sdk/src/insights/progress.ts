/*
 * Whether an outcome moved the right way: a rating against the outcome's baseline and target,
 * on its indicator's scale. Numeric and percentage scales say which way is better
 * (`higherIsBetter`); an ordinal scale lists its points lowest first, so a higher point is
 * better; green is better than amber, amber than red; on a yes/no scale only the desired answer
 * is better. A percentage scale that does not say which way is better is not judged.
 */
import type { Scale } from '../rules/agreement/_documents.js';

type Value = number | string;

const RAG = ['red', 'amber', 'green'];

/** How much better `value` is on the scale than another value: a rank, higher is better; undefined when it cannot be judged. */
function rank(scale: Scale, value: Value): number | undefined {
  switch (scale.type) {
    case 'numeric':
      return typeof value === 'number' ? (scale.higherIsBetter ? value : -value) : undefined;
    case 'percentage':
      return typeof value === 'number' && scale.higherIsBetter !== undefined ? (scale.higherIsBetter ? value : -value) : undefined;
    case 'ordinal':
      return typeof value === 'number' && scale.points.some((p) => p.value === value) ? value : undefined;
    case 'rag': {
      const i = typeof value === 'string' ? RAG.indexOf(value) : -1;
      return i < 0 ? undefined : i;
    }
    case 'yes-no':
      return value === 'yes' || value === 'no' ? (value === scale.desired ? 1 : 0) : undefined;
  }
}

export interface Progress {
  /** `improved`, `same` or `worse` than the baseline; undefined without a baseline or a comparable value. */
  sinceBaseline?: 'improved' | 'same' | 'worse';
  /** Whether the value reaches the target; undefined without a target or a comparable value. */
  reachedTarget?: boolean;
}

/** Where a rated value stands against the outcome's baseline and target. */
export function progress(scale: Scale, value: Value, baseline: Value | undefined, target: Value | undefined): Progress {
  const now = rank(scale, value);
  if (now === undefined) return {};
  const before = baseline === undefined ? undefined : rank(scale, baseline);
  const goal = target === undefined ? undefined : rank(scale, target);
  const out: Progress = {};
  if (before !== undefined) out.sinceBaseline = now > before ? 'improved' : now === before ? 'same' : 'worse';
  if (goal !== undefined) out.reachedTarget = now >= goal;
  return out;
}
