/*
 * The placement agreement an outcome tracker follows, read defensively (it is looked up, so it
 * may not be schema-valid), for the tracker rules.
 */
import type { v1_common, v1_placementAgreement } from '@nof/schemas';
import { records, specOf } from '../agreement/_documents.js';
import type { RuleDocument, WorkspaceLookup } from '../rule.js';
import { isRecord } from '../../model/is-record.js';

export interface TrackedAgreement {
  document: RuleDocument;
  spec: Partial<v1_placementAgreement.PlacementAgreement>;
  outcomes: v1_common.OutcomeSought[];
}

/** The agreement the tracker names, when the workspace has it. */
export function trackedAgreement(tracker: RuleDocument, workspace: WorkspaceLookup): TrackedAgreement | undefined {
  const id = specOf<'OutcomeTracker'>(tracker).agreement;
  const document = id === undefined ? undefined : workspace.get('PlacementAgreement', id);
  if (!document) return undefined;
  const spec = specOf<'PlacementAgreement'>(document);
  return { document, spec, outcomes: records<v1_common.OutcomeSought>(spec.outcomes) };
}

/** The agreement's review schedule, when it has a usable one. */
export function scheduleOf(agreement: TrackedAgreement): v1_placementAgreement.ReviewSchedule | undefined {
  const schedule = agreement.spec.reviewSchedule;
  return isRecord(schedule) && typeof schedule.firstReviewDate === 'string' && isRecord(schedule.frequency) ? schedule : undefined;
}
