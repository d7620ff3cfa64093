/*
 * The placement agreement an outcome tracker follows, for the tracker rules: looked up, so it is
 * schema-valid and typed (v1 or v2, whatever the tracker's own version).
 */
import type { TypedDocument } from '../../model/documents.js';
import type { WorkspaceLookup } from '../rule.js';

/** The agreement the tracker names, when the workspace has it (and it has no errors). */
export function trackedAgreement(
  tracker: TypedDocument<'OutcomeTracker'>,
  workspace: WorkspaceLookup,
): TypedDocument<'PlacementAgreement'> | undefined {
  return workspace.get('PlacementAgreement', tracker.value.spec.agreement);
}
