import type {
  Kind,
  v1_consortium,
  v1_nationalContract,
  v1_needsOutcomesFramework,
  v1_outcomeTracker,
  v1_placementAgreement,
  v1_placementRequest,
  v1_providerProfile,
} from '@nof/schemas';
import type { RuleDocument } from '../rules/rule.js';

/**
 * The value of a valid document of each kind, as generated from the schemas (the generator
 * names each type after its schema's title, hence the map).
 */
export interface DocumentValues {
  Consortium: v1_consortium.Consortium;
  NationalContract: v1_nationalContract.NationalContract;
  NeedsOutcomesFramework: v1_needsOutcomesFramework.NeedsAndOutcomesFramework;
  PlacementAgreement: v1_placementAgreement.IndividualPlacementAgreement;
  OutcomeTracker: v1_outcomeTracker.OutcomeTracker;
  ProviderProfile: v1_providerProfile.ProviderProfile;
  PlacementRequest: v1_placementRequest.PlacementRequest;
}

/** Fails to compile when a kind is missing above, or mapped to another kind's type. */
type Checked = { [K in Kind]: DocumentValues[K]['kind'] extends K ? true : never };
export const documentValuesCheck: Checked = {
  Consortium: true,
  NationalContract: true,
  NeedsOutcomesFramework: true,
  PlacementAgreement: true,
  OutcomeTracker: true,
  ProviderProfile: true,
  PlacementRequest: true,
};

/** The `spec` of a valid document of kind `K`. */
export type SpecOf<K extends Kind> = DocumentValues[K]['spec'];

/**
 * A document with its value typed by its kind: checking `doc.kind === 'Consortium'` narrows
 * `doc.value.spec` to the Consortium spec.
 */
export type NofDocument = { [K in Kind]: RuleDocument & { kind: K; value: DocumentValues[K] } }[Kind];

/**
 * The document, typed by its kind. Only schema-valid documents have these shapes: rules may use
 * it freely (the workspace runs rules on valid documents only); other code must validate first.
 */
export function typed(document: RuleDocument): NofDocument {
  return document as NofDocument;
}
