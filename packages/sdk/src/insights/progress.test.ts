import { describe, expect, it } from 'vitest';
import { progress } from './progress.js';

describe('progress', () => {
  it('judges numeric and percentage scales by which way is better', () => {
    const sdq = { type: 'numeric', minimum: 0, maximum: 40, higherIsBetter: false } as const;
    expect(progress(sdq, 14, 19, 13)).toEqual({ sinceBaseline: 'improved', reachedTarget: false });
    expect(progress(sdq, 12, 19, 13)).toEqual({ sinceBaseline: 'improved', reachedTarget: true });
    expect(progress(sdq, 21, 19, undefined)).toEqual({ sinceBaseline: 'worse' });
    expect(progress({ type: 'percentage', higherIsBetter: true }, 95, 82, 95)).toEqual({ sinceBaseline: 'improved', reachedTarget: true });
    // A percentage scale that does not say which way is better is not judged.
    expect(progress({ type: 'percentage' }, 95, 82, 95)).toEqual({});
  });

  it('reads ordinal points lowest first, green above amber above red, and the desired answer', () => {
    const points = { type: 'ordinal', points: [1, 2, 3, 4].map((value) => ({ value, label: `${value}` })) } as const;
    expect(progress(points, 3, 3, 4)).toEqual({ sinceBaseline: 'same', reachedTarget: false });
    expect(progress(points, 9, 3, 4)).toEqual({});
    expect(progress({ type: 'rag' }, 'amber', 'green', 'green')).toEqual({ sinceBaseline: 'worse', reachedTarget: false });
    expect(progress({ type: 'yes-no', desired: 'yes' }, 'yes', 'no', 'yes')).toEqual({ sinceBaseline: 'improved', reachedTarget: true });
  });
});
