import { field, list, type Conversion } from './conversion.js';
import { child } from './yaml-edits.js';

/** OutcomeTracker nof/v1 → nof/v2: every v1 rating is a v2 rating, so only the version changes. */
export const outcomeTrackerV1ToV2: Conversion = {
  kind: 'OutcomeTracker',
  from: 'nof/v1',
  to: 'nof/v2',
  convert() {},
};

/**
 * OutcomeTracker nof/v2 → nof/v1: a rating that says why it was not rated has no v1 form
 * (v1 needs a value, and inventing one would be worse than keeping v2).
 */
export const outcomeTrackerV2ToV1: Conversion = {
  kind: 'OutcomeTracker',
  from: 'nof/v2',
  to: 'nof/v1',
  convert(changes) {
    list(changes.get('/spec/reviews')).forEach((review, r) => {
      list(field(review, 'ratings')).forEach((rating, i) => {
        if (field(rating, 'notRatedReason') === undefined) return;
        changes.decision(
          child('/spec/reviews', r, 'ratings', i, 'notRatedReason'),
          'nof/v1 needs a value for every rating and cannot say why an outcome was not rated: keep this tracker at nof/v2, or give a value by hand.',
        );
      });
    });
  },
};
