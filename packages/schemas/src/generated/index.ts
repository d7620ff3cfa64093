/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
export type * as v1_common from './v1/common.js';
export type * as v1_consortium from './v1/consortium.js';
export type * as v1_monitoringVisit from './v1/monitoring-visit.js';
export type * as v1_nationalContract from './v1/national-contract.js';
export type * as v1_needsOutcomesFramework from './v1/needs-outcomes-framework.js';
export type * as v1_outcomeTracker from './v1/outcome-tracker.js';
export type * as v1_placementAgreement from './v1/placement-agreement.js';
export type * as v1_placementRequest from './v1/placement-request.js';
export type * as v1_providerProfile from './v1/provider-profile.js';
export type * as v2_outcomeTracker from './v2/outcome-tracker.js';
export type * as v2_placementAgreement from './v2/placement-agreement.js';
