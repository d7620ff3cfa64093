/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as v1_consortium from './v1/consortium.js';
import type * as v1_monitoringVisit from './v1/monitoring-visit.js';
import type * as v1_nationalContract from './v1/national-contract.js';
import type * as v1_needsOutcomesFramework from './v1/needs-outcomes-framework.js';
import type * as v1_outcomeTracker from './v1/outcome-tracker.js';
import type * as v1_placementAgreement from './v1/placement-agreement.js';
import type * as v1_placementRequest from './v1/placement-request.js';
import type * as v1_providerProfile from './v1/provider-profile.js';
import type * as v2_outcomeTracker from './v2/outcome-tracker.js';
import type * as v2_placementAgreement from './v2/placement-agreement.js';

/** The value of a schema-valid document, by kind and apiVersion. */
export interface DocumentTypes {
  Consortium: { 'nof/v1': v1_consortium.Consortium };
  MonitoringVisit: { 'nof/v1': v1_monitoringVisit.MonitoringVisit };
  NationalContract: { 'nof/v1': v1_nationalContract.NationalContract };
  NeedsOutcomesFramework: { 'nof/v1': v1_needsOutcomesFramework.NeedsAndOutcomesFramework };
  OutcomeTracker: { 'nof/v1': v1_outcomeTracker.OutcomeTracker; 'nof/v2': v2_outcomeTracker.OutcomeTracker };
  PlacementAgreement: { 'nof/v1': v1_placementAgreement.IndividualPlacementAgreement; 'nof/v2': v2_placementAgreement.IndividualPlacementAgreement };
  PlacementRequest: { 'nof/v1': v1_placementRequest.PlacementRequest };
  ProviderProfile: { 'nof/v1': v1_providerProfile.ProviderProfile };
}

/** Every apiVersion NOF has schemas for, oldest first. */
export const API_VERSIONS = ['nof/v1', 'nof/v2'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

/** The apiVersions each kind has a schema in, oldest first. */
export const KIND_VERSIONS = {
  Consortium: ['nof/v1'],
  MonitoringVisit: ['nof/v1'],
  NationalContract: ['nof/v1'],
  NeedsOutcomesFramework: ['nof/v1'],
  OutcomeTracker: ['nof/v1', 'nof/v2'],
  PlacementAgreement: ['nof/v1', 'nof/v2'],
  PlacementRequest: ['nof/v1'],
  ProviderProfile: ['nof/v1'],
} as const satisfies { [K in keyof DocumentTypes]: ReadonlyArray<keyof DocumentTypes[K]> };
