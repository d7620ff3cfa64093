/*
 * Every rule NOF ships, one line per rule, sorted by path. To add a rule, write
 * `rules/<group>/<name>.ts` with `export default { id: '<group>/<name>', ... } satisfies Rule;`
 * and add its line here in order. The export name is the id in camelCase. A test checks that
 * every rule file is listed, in order, under the right name. Then regenerate RULES.md:
 * `pnpm build && pnpm --filter @nof/sdk rules-md` (a test fails while it is stale).
 */
export { default as agreementAgeFitsLot } from './agreement/age-fits-lot.js';
export { default as agreementCallOffTierOrder } from './agreement/call-off-tier-order.js';
export { default as agreementEndAfterStart } from './agreement/end-after-start.js';
export { default as agreementFeeWithinMaximum } from './agreement/fee-within-maximum.js';
export { default as agreementFeesAddUp } from './agreement/fees-add-up.js';
export { default as agreementFrameworkInEffect } from './agreement/framework-in-effect.js';
export { default as agreementFundingSplitSumsTo100 } from './agreement/funding-split-sums-to-100.js';
export { default as agreementOutcomeAddressesAssessedNeed } from './agreement/outcome-addresses-assessed-need.js';
export { default as agreementOutcomeIdsUnique } from './agreement/outcome-ids-unique.js';
export { default as agreementOutcomeValuesOnScale } from './agreement/outcome-values-on-scale.js';
export { default as agreementPlacementTypeFitsService } from './agreement/placement-type-fits-service.js';
export { default as agreementProviderNotInadequate } from './agreement/provider-not-inadequate.js';
export { default as agreementProviderNotSuspended } from './agreement/provider-not-suspended.js';
export { default as agreementReviewAfterStart } from './agreement/review-after-start.js';
export { default as agreementRouteConsistent } from './agreement/route-consistent.js';
export { default as agreementUrgentExceptionHasReason } from './agreement/urgent-exception-has-reason.js';
export { default as codelistNotValidOnDate } from './codelist/not-valid-on-date.js';
export { default as codelistUnknownCode } from './codelist/unknown-code.js';
export { default as consortiumAgeBandsNoOverlap } from './consortium/age-bands-no-overlap.js';
export { default as consortiumAgeBandsValid } from './consortium/age-bands-valid.js';
export { default as consortiumBlockStatesPlaces } from './consortium/block-states-places.js';
export { default as consortiumCostAndVolumeStatesDiscount } from './consortium/cost-and-volume-states-discount.js';
export { default as consortiumDatesAgree } from './consortium/dates-agree.js';
export { default as consortiumDiscrepancyFieldExists } from './consortium/discrepancy-field-exists.js';
export { default as consortiumDpsOpen } from './consortium/dps-open.js';
export { default as consortiumExtensionsTakenWithinOptions } from './consortium/extensions-taken-within-options.js';
export { default as consortiumIdsUnique } from './consortium/ids-unique.js';
export { default as consortiumLeadIsMember } from './consortium/lead-is-member.js';
export { default as consortiumMembersUnique } from './consortium/members-unique.js';
export { default as consortiumParentIsOverarching } from './consortium/parent-is-overarching.js';
export { default as consortiumPredecessorExists } from './consortium/predecessor-exists.js';
export { default as consortiumPriceAgeBandsMatchLot } from './consortium/price-age-bands-match-lot.js';
export { default as consortiumSequentialCallOffNeedsTiers } from './consortium/sequential-call-off-needs-tiers.js';
export { default as consortiumStatedNoneContradicted } from './consortium/stated-none-contradicted.js';
export { default as consortiumStatusMatchesTerm } from './consortium/status-matches-term.js';
export { default as consortiumTermEndMatches } from './consortium/term-end-matches.js';
export { default as consortiumTierProvidersQualified } from './consortium/tier-providers-qualified.js';
export { default as consortiumTierRanksSequential } from './consortium/tier-ranks-sequential.js';
export { default as consortiumUrgentExceptionDescribed } from './consortium/urgent-exception-described.js';
export { default as consortiumVariationClauseVariable } from './consortium/variation-clause-variable.js';
export { default as consortiumVariationEditionMatches } from './consortium/variation-edition-matches.js';
export { default as consortiumVariationsNeedNationalContract } from './consortium/variations-need-national-contract.js';
export { default as consortiumWeightingSumsTo100 } from './consortium/weighting-sums-to-100.js';
export { default as contractIdsUnique } from './contract/ids-unique.js';
export { default as contractOnePlacementAgreementSchedule } from './contract/one-placement-agreement-schedule.js';
export { default as privacyPersonalDataShared } from './privacy/personal-data-shared.js';
export { default as providerInsuranceExpired } from './provider/insurance-expired.js';
export { default as providerSettingUrnsUnique } from './provider/setting-urns-unique.js';
export { default as providerSuspensionTrigger } from './provider/suspension-trigger.js';
export { default as referenceUnresolved } from './reference/unresolved.js';
export { default as requestCallOffTierOrder } from './request/call-off-tier-order.js';
export { default as requestNeededByAfterRequest } from './request/needed-by-after-request.js';
export { default as schemaDeprecated } from './schema/deprecated.js';
export { default as trackerRatingOnScale } from './tracker/rating-on-scale.js';
export { default as trackerReviewOverdue } from './tracker/review-overdue.js';
export { default as trackerReviewsInOrder } from './tracker/reviews-in-order.js';
export { default as workspaceDuplicateId } from './workspace/duplicate-id.js';
