/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm build`. */

/**
 * The version of the NOF document format this document is written in. Always `nof/v1` for this schema.
 */
export type APIVersion = 'nof/v1';
/**
 * The kind of NOF document. Always `Consortium` for this schema.
 */
export type Kind = 'Consortium';
/**
 * Kebab-case id, unique among documents of this kind in the workspace. Other documents refer to this one by it.
 */
export type DocumentId = string;
/**
 * The document's name as people know it, for example 'White Rose Independent Fostering Framework'.
 */
export type Name = string;
/**
 * A short description of what this document covers.
 */
export type Description = string;
/**
 * The author's own version of this document, for example '1.2' or '2015-06'.
 */
export type DocumentVersion = string;
/**
 * The local authority that owns and maintains this document, by GSS code.
 */
export type Owner = string;
/**
 * Who may see this document. `internal`: only the owning authority; `consortium`: the consortium's members; `providers`: sent to providers (personal data must be removed); `public`: published.
 */
export type Sharing = 'internal' | 'consortium' | 'providers' | 'public';
/**
 * Free labels for filtering, such as 'fostering' or '2015-review'.
 */
export type Labels = string[];
/**
 * The kind of consortium, as classified in section 2.1 of the 2015 review. `overarching-regional`: evaluates providers onto a regional database and supports sub-regional consortia (Placements North West, West Midlands Placements Database, London Care Services). `regional`: most authorities in a region on one framework or DPS (White Rose). `sub-regional`: part of a region commissioning together (NE7, Tees Valley). `partnership`: approved lists, shared quality assurance and information, but no contracts with providers (CCRAG). `contracting-partnership`: a few authorities buying on block contracts (Nottinghamshire and Nottingham City, Cross Regional Project).
 */
export type TypeOfConsortium =
  'overarching-regional' | 'regional' | 'sub-regional' | 'partnership' | 'contracting-partnership';
/**
 * The English regions the consortium's members come from. A cross-regional partnership such as CCRAG lists every region it spans.
 *
 * @minItems 1
 */
export type Regions = [Region, ...Region[]];
/**
 * One of the nine English regions used by the Association of Directors of Children's Services (the report's 'Eastern' is East of England).
 */
export type Region =
  | 'north-east'
  | 'north-west'
  | 'yorkshire-and-the-humber'
  | 'east-midlands'
  | 'west-midlands'
  | 'east-of-england'
  | 'london'
  | 'south-east'
  | 'south-west';
/**
 * The placement services the consortium commissions or supports across all its arrangements, for example fostering and residential child care.
 *
 * @minItems 1
 */
export type ServicesCovered = [Service, ...Service[]];
/**
 * The kind of placement service: independent fostering, residential child care (children's homes), residential special schools, or 16+ / supported accommodation.
 */
export type Service = 'fostering' | 'residential-child-care' | 'residential-special-school' | 'sixteen-plus';
/**
 * The local authority that leads the consortium and carries legal accountability for its procurement (marked (L) in the review's tables), by GSS code, for example E08000035 for Leeds. Leave out when there is no lead, as in East London Solutions. The lead should also be listed among the members.
 */
export type LeadAuthority = string;
/**
 * The body that hosts or runs the consortium when that is not simply the lead authority, for example 'North East Purchasing Organisation (NEPO)', 'Improvement and Efficiency West Midlands (IEWM)', 'London Councils' or 'Children and Young People's Commissioning Service, Hertfordshire County Council'.
 */
export type HostOrganisation = string;
/**
 * The local authorities in the consortium, one entry each, with their role and when they joined or left.
 *
 * @minItems 1
 */
export type MemberAuthorities = [Membership, ...Membership[]];
/**
 * The member local authority, by GSS code, for example E08000035 for Leeds.
 */
export type MemberAuthority = string;
/**
 * `member`: a full member. `partner`: a member on different terms, often from outside the consortium's own area, such as the eight partner authorities of London Care Services. `associate`: uses the consortium's terms without formally being a member, as the Isle of Wight did with the South Central fostering framework.
 */
export type MembershipRole = 'member' | 'partner' | 'associate';
/**
 * The date the authority joined, for example 2014-05-01 for Kent joining the West Sussex DPS.
 */
export type DateJoined = string;
/**
 * The date the authority left, if it has.
 */
export type DateLeft = string;
/**
 * The services this member takes part in, when it is not all of the consortium's services (in Mid Southern some authorities joined only for residential child care or only for special schools).
 *
 * @minItems 1
 */
export type ServicesTakenPartIn = [Service, ...Service[]];
/**
 * Anything particular about this authority's membership, for example a reduced subscription.
 */
export type MembershipNotes = string;
/**
 * The overarching regional consortium this one operates under, by its document id: for example the Greater Manchester residential framework operates under Placements North West, and the London sub-regional consortia under London Care Services.
 */
export type OverarchingConsortium = string;
/**
 * `partnership-agreement`: a signed partnership agreement (White Rose, South Central, CCRAG). `memorandum-of-understanding`: a memorandum of understanding (ER4, East London Solutions). `none`: no formal agreement (East Midlands, West Midlands Children's Strategic Commissioning Group). `other`: say what in the notes.
 */
export type GovernanceAgreement = 'partnership-agreement' | 'memorandum-of-understanding' | 'none' | 'other';
/**
 * The group that oversees the consortium and sets its work plan, for example 'ADCS Yorkshire and the Humber' or 'North West Strategic Leads for Safeguarding Vulnerable Children'.
 */
export type ReportsTo = string;
/**
 * How the agreement works, for example whether it is still in draft, or what happens when a member leaves.
 */
export type GovernanceNotes = string;
/**
 * How the cost is shared. `none`: members pay nothing (the service is free or funded by someone else). `in-kind`: members give officer time, not money (NE7, Tees Valley). `fixed-subscription`: the same fixed amount from each member (London Care Services £5,800 a year, CCRAG £1,966 plus VAT). `proportional-to-looked-after-children`: shares in proportion to each member's number of children in care (Peninsula). `by-volume-of-placements`: shares by use of the arrangement (East Midlands). `bed-night-usage`: shares by bed nights used (South Central). `bed-allocation`: shares by places allocated to each member (Cross Regional Project). `other`: say what in the notes.
 */
export type ResourcingModel =
  | 'none'
  | 'in-kind'
  | 'fixed-subscription'
  | 'proportional-to-looked-after-children'
  | 'by-volume-of-placements'
  | 'bed-night-usage'
  | 'bed-allocation'
  | 'other';
/**
 * An amount of money in pounds sterling, for example 850 or 1249.50.
 */
export type AmountGBP = number;
/**
 * Always GBP; stated only for the benefit of systems that expect a currency.
 */
export type Currency = 'GBP';
/**
 * What the amount pays for: each week, month or year, each night, each placement, or once.
 */
export type Period = 'week' | 'month' | 'year' | 'night' | 'placement' | 'one-off';
/**
 * True when the amount includes VAT; false when VAT is added on top (as with the CCRAG subscription, £1,966 plus VAT).
 */
export type VATIncluded = boolean;
/**
 * What the amount is. `each-member`: what every member (or every listed authority) pays. `average-per-member`: the average member's payment when payments vary. `minimum-per-member` / `maximum-per-member`: the ends of the range. `total`: the total cost shared between the members.
 */
export type ContributionBasis =
  'each-member' | 'average-per-member' | 'minimum-per-member' | 'maximum-per-member' | 'total';
/**
 * The authorities this amount applies to, when not every member, for example the City of London's reduced subscription.
 *
 * @minItems 1
 */
export type PaidBy = [LocalAuthority, ...LocalAuthority[]];
/**
 * A local authority with children's services responsibilities, by its ONS GSS code (E06 unitary, E08 metropolitan district, E09 London borough, E10 county), for example E08000035 for Leeds. The code must be valid at the document's dates; retired authorities have successors in the codelist.
 */
export type LocalAuthority = string;
/**
 * What the contribution funds, for example 'procurement, a full-time manager and monitoring capacity'.
 */
export type WhatItPaysFor = string;
/**
 * The amounts involved, where known: each member's payment, the average, or the total cost being shared.
 */
export type Contributions = Contribution[];
/**
 * Who else pays, when not (only) the members, for example 'Placements North West' or 'Improvement and Efficiency West Midlands legacy funding'.
 */
export type FundedBy = string;
/**
 * The officer time members give, for example 'each authority acts as link officer for its allocated providers'.
 */
export type ContributionInKind = string;
/**
 * Anything else about how the consortium is paid for, such as what the contributions fund.
 */
export type ResourcingNotes = string;
/**
 * The role or team.
 */
export type Role = string;
/**
 * A shared team mailbox.
 */
export type Email = string;
/**
 * Kebab-case id of the arrangement, unique within the consortium. Placement agreements and requests refer to it.
 */
export type ArrangementId = string;
/**
 * The arrangement's name as people know it, for example 'Eastern Region Foster Care Rolling Select List (ER4)'.
 */
export type ArrangementName = string;
/**
 * `framework-agreement`: closed for a defined period, with a common specification and prices. `dynamic-purchasing-system`: like a framework but (almost) continuously open to new providers. `approved-provider-list`: providers meeting basic criteria, spot-purchased from. `rolling-select-list`: a list re-opened at intervals, which may be tiered (ER4). `block-contract`: a fixed number of places bought from one or more providers. `cost-and-volume-contract`: no volume guaranteed, prices fall as spend rises.
 */
export type TypeOfArrangement =
  | 'framework-agreement'
  | 'dynamic-purchasing-system'
  | 'approved-provider-list'
  | 'rolling-select-list'
  | 'block-contract'
  | 'cost-and-volume-contract';
/**
 * `planned`: being designed. `in-procurement`: out to tender. `active`: placements can be called off. `expired`: ended and not extended.
 */
export type ArrangementStatus = 'planned' | 'in-procurement' | 'active' | 'expired';
/**
 * The placement services bought under this arrangement.
 *
 * @minItems 1
 */
export type ArrangementServices = [Service, ...Service[]];
/**
 * A local authority with children's services responsibilities, by its ONS GSS code (E06 unitary, E08 metropolitan district, E09 London borough, E10 county), for example E08000035 for Leeds. The code must be valid at the document's dates; retired authorities have successors in the codelist.
 */
export type LocalAuthority1 = string;
/**
 * `national-contract`: based on a national (or model) contract such as the National Fostering Contract, named in `nationalContract`. `own-terms`: the consortium's own contract (South Central fostering did not use the national contract). `unknown`: not known; say what is known in the notes.
 */
export type TermsUsed = 'national-contract' | 'own-terms' | 'unknown';
/**
 * The national contract the arrangement is based on, by its NationalContract document id, for example `national-fostering-contract-2011`.
 */
export type NationalContract = string;
/**
 * The edition of the national contract used, as the contract names it, for example '2011 v1.2'.
 */
export type EditionUsed = string;
/**
 * Anything else about the terms, for example 'based on the predecessor of the 2011 national contract' or 'London Model Contract adapted for sub-regional use'.
 */
export type ContractBasisNotes = string;
/**
 * Kebab-case id of the variation, unique within the arrangement, for example `var-fees-freeze`.
 */
export type VariationId = string;
/**
 * The id of the national contract clause that is changed, for example `fees-and-payment`. For an added clause, the clause it follows, if any.
 */
export type ClauseVaried = string;
/**
 * The id of the national contract schedule that is changed, for example the service specification, when the change is to a schedule rather than a clause.
 */
export type ScheduleVaried = string;
/**
 * `added`: a new clause. `amended`: the national clause with changes. `deleted`: the national clause does not apply. `replaced`: the national clause is replaced entirely by the consortium's own.
 */
export type TypeOfChange = 'added' | 'amended' | 'deleted' | 'replaced';
/**
 * A plain summary of the change, for example 'Prices are fixed for the first two years; no inflationary uplift'.
 */
export type WhatChanges = string;
/**
 * Why the change is needed to meet local need. The 2015 review found the reason was often unclear to providers.
 */
export type WhyItChanges = string;
/**
 * Each change the consortium has made to the national contract, kept separate from the core terms so providers can see exactly what differs (as the 2015 review recommends). Each variation points at the clause or schedule of the national contract named in the contract basis.
 */
export type VariationsToTheNationalContract = Variation[];
/**
 * The date the arrangement started, for example 2014-01-11 for Tees Valley fostering.
 */
export type StartDate = string;
/**
 * Whole years.
 */
export type Years = number;
/**
 * Whole months (added to the years).
 */
export type Months = number;
/**
 * The optional extensions in the order they can be taken: '2+1+1' has two, each {years: 1}. Empty or left out when there is no extension (Tees Valley fostering: four years, no extension).
 */
export type ExtensionOptions = PeriodOfTime[];
/**
 * How many of the extension options have been taken up so far.
 */
export type ExtensionsTaken = number;
/**
 * The date the arrangement ends as things stand, after any extensions taken, for example 2015-12-31.
 */
export type EndDate = string;
/**
 * Anything else about the term, for example an extension agreed outside the options to allow a re-tender.
 */
export type TermNotes = string;
/**
 * `closed-for-term`: closed to new providers for the contract term (a framework). `opens-at-intervals`: re-opened to new providers at set intervals (NE6 at least every six months, ER4 annually). `continuously-open`: providers may apply at any time (a DPS).
 */
export type WhenProvidersMayJoin = 'closed-for-term' | 'opens-at-intervals' | 'continuously-open';
/**
 * `at-any-time`: a new authority may join whenever it chooses. `at-review-points`: only at refresh or review points (White Rose). `closed`: no new authorities (North Region of the South West).
 */
export type WhenAuthoritiesMayJoin = 'at-any-time' | 'at-review-points' | 'closed';
/**
 * Anything else about joining or leaving, for example 'providers may add and remove homes through a predetermined process'.
 */
export type OpennessNotes = string;
/**
 * The needs and outcomes framework whose levels of need the lots refer to, by its document id.
 */
export type NeedsFramework = string;
/**
 * Kebab-case id of the lot, unique within the arrangement, for example `lot-1-standard`.
 */
export type LotId = string;
/**
 * The lot's name as the tender documents give it, for example 'Lot 1: Standard fostering placement'.
 */
export type LotName = string;
/**
 * The kind of placement service: independent fostering, residential child care (children's homes), residential special schools, or 16+ / supported accommodation.
 */
export type Service1 = 'fostering' | 'residential-child-care' | 'residential-special-school' | 'sixteen-plus';
/**
 * The categories of placement in the lot. Use `other` with a category label for anything else, such as lots by number of beds in a home.
 *
 * @minItems 1
 */
export type LotCategories = [LotCategory, ...LotCategory[]];
/**
 * A category of placement.
 */
export type LotCategory =
  | 'standard'
  | 'enhanced'
  | 'specialist'
  | 'complex'
  | 'solo'
  | 'parent-and-child'
  | 'disabled-children'
  | 'short-breaks'
  | 'therapeutic'
  | 'with-education'
  | 'remand'
  | 'staying-put'
  | 'other';
/**
 * The lot's own name for its category when it is `other` or differs from the standard names, for example 'Intensive support fostering' or 'Rural and complex'.
 */
export type CategoryLabel = string;
/**
 * Youngest age in the band, in whole years.
 */
export type FromAge = number;
/**
 * Oldest age in the band, in whole years (inclusive).
 */
export type ToAge = number;
/**
 * The age bands the lot is divided into, for example 0-4, 5-10 and 11-18 (White Rose).
 */
export type AgeBands = AgeBand[];
/**
 * The levels of need the lot covers, as numbered in the arrangement's needs framework (for example 1 limited support, 2 standard, 3 intensive in ER4).
 *
 * @minItems 1
 */
export type LevelsOfNeed = [number, ...number[]];
/**
 * The level of need the ceiling applies to, if prices differ by level.
 */
export type PriceLevelOfNeed = number;
/**
 * The most that may be charged in this lot, overall or per age band.
 */
export type LotMaximumPrices = MaximumPrice[];
/**
 * Kebab-case id of the tier, unique within its lot (or arrangement), for example `tier-1`.
 */
export type TierId = string;
/**
 * The tier's number: 1 is approached first, then 2, and so on.
 */
export type TierRank = number;
/**
 * A local authority with children's services responsibilities, by its ONS GSS code (E06 unitary, E08 metropolitan district, E09 London borough, E10 county), for example E08000035 for Leeds. The code must be valid at the document's dates; retired authorities have successors in the codelist.
 */
export type LocalAuthority2 = string;
/**
 * How providers were placed on this tier: by `price`, by `quality`, by `price-and-quality`, by `geography` (local capacity or management presence), or `other`.
 */
export type TierAllocationBasis = 'price' | 'quality' | 'price-and-quality' | 'geography' | 'other';
/**
 * The percentage weight given to quality, for example 60.
 */
export type QualityWeighting = number;
/**
 * The percentage weight given to price, for example 40.
 */
export type PriceWeighting = number;
/**
 * The most providers this tier may hold, for example 10 fostering agencies at tier 1 (West Sussex and Brighton and Hove). Leave out when unlimited.
 */
export type ProviderCap = number;
/**
 * Provision must be within this many miles of the member authorities, for example 20.
 */
export type WithinMiles = number;
/**
 * True when the provider must have provision and a management presence within the member authorities' areas.
 */
export type ManagementPresenceRequired = boolean;
/**
 * True when the provider must be based in the consortium's region (Peninsula: the South West).
 */
export type BasedInTheRegion = boolean;
/**
 * Any other location rule, for example 'within one hour's peak-time travel of the school'.
 */
export type LocationNotes = string;
/**
 * A provider, by its ProviderProfile document id.
 */
export type Provider = string;
/**
 * The providers on this tier, by ProviderProfile document id.
 */
export type TierProviders = Provider[];
/**
 * The tiers within the lot, tier 1 first.
 */
export type LotTiers = Tier[];
/**
 * A provider, by its ProviderProfile document id.
 */
export type Provider1 = string;
/**
 * The providers on the lot, by ProviderProfile document id, when the lot has no tiers.
 */
export type LotProviders = Provider1[];
/**
 * What the lot covers, in the consortium's words.
 */
export type LotDescription = string;
/**
 * The lots of the arrangement: categories of service such as standard, solo or parent-and-child fostering, possibly divided by age band. Leave out when the arrangement has no lots.
 */
export type Lots = Lot[];
/**
 * Tiers that apply across the whole arrangement, for arrangements with tiers but no lots (Tees Valley fostering: two tiers, no lots). When lots have their own tiers, put the tiers in each lot instead.
 */
export type ArrangementTiers = Tier[];
/**
 * A provider, by its ProviderProfile document id.
 */
export type Provider2 = string;
/**
 * The providers on the arrangement, by ProviderProfile document id, when they are not listed tier by tier.
 */
export type ArrangementProviders = Provider2[];
/**
 * How many providers are on the arrangement, when the providers themselves are not listed (White Rose fostering: 28; West Midlands residential: 120).
 */
export type NumberOfProviders = number;
/**
 * `sequential-by-tier`: approach tier 1 first, then tier 2 and so on. `all-tiers-at-once`: send the request to every tier together. `mini-competition`: a competition among providers for each placement. `direct-award`: award to a chosen provider without competition. `spot-from-list`: search the list and spot-purchase directly (approved lists, CCRAG).
 */
export type CallOffMethod =
  'sequential-by-tier' | 'all-tiers-at-once' | 'mini-competition' | 'direct-award' | 'spot-from-list';
/**
 * True when every member must follow the same prescribed call-off procedure (White Rose, East Midlands); false when each authority decides how it uses the arrangement.
 */
export type PrescribedForAllMembers = boolean;
/**
 * True when urgent placements may depart from the call-off method.
 */
export type ExceptionAllowed = boolean;
/**
 * When the exception applies and what must be recorded, for example 'same-day placements may go to all tiers at once; the reason is recorded on the call-off record'.
 */
export type ExceptionRule = string;
/**
 * The standard forms members must use, for example 'Standard referral form'.
 */
export type PrescribedForms = string[];
/**
 * The number of hours or days, for example 48.
 */
export type ResponseTimeValue = number;
/**
 * What the number counts: `hours`, `working-days` or `calendar-days`.
 */
export type ResponseTimeUnit = 'hours' | 'working-days' | 'calendar-days';
/**
 * Anything else about the procedure, for example 'referrals go to the seven cost-and-volume providers before other Peninsula framework providers'.
 */
export type CallOffNotes = string;
/**
 * `none`: no uplifts for the term. `annual-review`: prices reviewed each year. `index-linked`: prices move with an index such as CPI or RPI. `on-evidence`: an increase only when the provider justifies it (White Rose residential). `other`: say what in the notes.
 */
export type UpliftPolicy = 'none' | 'annual-review' | 'index-linked' | 'on-evidence' | 'other';
/**
 * The index uplifts follow, for example 'CPI' or 'RPI'.
 */
export type UpliftIndex = string;
/**
 * The largest uplift allowed in any year, as a percentage.
 */
export type UpliftCap = number;
/**
 * Anything else about uplifts.
 */
export type UpliftNotes = string;
/**
 * What the discount is measured on: `overall-spend` with the provider (Peninsula) or `number-of-placements`.
 */
export type DiscountBasis = 'overall-spend' | 'number-of-placements';
/**
 * An amount of money in pounds sterling, for example 850 or 1249.50.
 */
export type AmountGBP1 = number;
/**
 * The number of placements with the provider from which this discount applies.
 */
export type FromPlacements = number;
/**
 * The discount on the contract price, as a percentage, for example 4.
 */
export type Discount = number;
/**
 * The discount at each level of spend or placements, lowest first.
 */
export type DiscountBands = DiscountBand[];
/**
 * The overall discount the consortium set out to achieve, as a percentage (East Midlands: 3%).
 */
export type TargetDiscount = number;
/**
 * Anything else about the discount.
 */
export type DiscountNotes = string;
/**
 * Price ceilings for an arrangement without lots. Lots carry their own maximum prices.
 */
export type ArrangementMaximumPrices = MaximumPrice[];
/**
 * True when providers may offer each member authority a different price (ER4).
 */
export type PricesPerAuthority = boolean;
/**
 * Anything else about prices, for example enhanced placements priced in bands, or add-ons bought within the contract.
 */
export type PricingNotes = string;
/**
 * The number of places bought under the block contract, for example 20 (Cross Regional Project).
 */
export type PlacesBought = number;
/**
 * The most places any one provider may supply (Nottinghamshire and Nottingham City: 22).
 */
export type MostPlacesPerProvider = number;
/**
 * The fewest providers the places must be spread across (Nottinghamshire and Nottingham City: 3).
 */
export type FewestProviders = number;
/**
 * A provider, by its ProviderProfile document id.
 */
export type Provider3 = string;
/**
 * The providers holding the block places, by ProviderProfile document id.
 */
export type BlockProviders = Provider3[];
/**
 * Anything else about the places, for example how they are allocated between members.
 */
export type BlockNotes = string;
/**
 * How monitoring is organised; consortia often combine several. `link-officer-allocation`: each member monitors allocated providers on behalf of all (NE7, CCRAG). `central-team`: a team funded by the consortium does it (East Midlands). `each-authority-monitors-own`: each member monitors the providers it uses. `lead-collates-kpis`: the lead authority collects and collates performance information (South Central).
 *
 * @minItems 1
 */
export type MonitoringApproaches = [MonitoringApproach, ...MonitoringApproach[]];
/**
 * One way monitoring is organised.
 */
export type MonitoringApproach =
  'link-officer-allocation' | 'central-team' | 'each-authority-monitors-own' | 'lead-collates-kpis';
/**
 * A local authority with children's services responsibilities, by its ONS GSS code (E06 unitary, E08 metropolitan district, E09 London borough, E10 county), for example E08000035 for Leeds. The code must be valid at the document's dates; retired authorities have successors in the codelist.
 */
export type LocalAuthority3 = string;
/**
 * How many monitoring visits each provider (or home) receives a year, for example 1 for an annual visit or 2 for twice yearly.
 */
export type MonitoringVisitsAYear = number;
/**
 * True when all members use the same monitoring templates and share the findings.
 */
export type SharedTemplates = boolean;
/**
 * About how many providers each member or link officer monitors, for example 5 (NLCEP).
 */
export type ProvidersPerLinkOfficer = number;
/**
 * Anything else, for example how providers are allocated (by use, by location) or annual conversations with each provider.
 */
export type MonitoringNotes = string;
/**
 * What leads to a provider being suspended: `ofsted-inadequate` (an Inadequate Ofsted judgement), `safeguarding-concern`, `regulation-44-concern` (concerns from an independent person's Regulation 44 visit), `financial-failure`, or `other` (say what in the action).
 *
 * @minItems 1
 */
export type SuspensionTriggers = [SuspensionTrigger, ...SuspensionTrigger[]];
/**
 * One reason a provider may be suspended.
 */
export type SuspensionTrigger =
  'ofsted-inadequate' | 'safeguarding-concern' | 'regulation-44-concern' | 'financial-failure' | 'other';
/**
 * What happens on suspension, for example 'no new referrals until the concern is resolved; existing placements reviewed'.
 */
export type SuspensionAction = string;
/**
 * How many times a year the consortium brings the arrangement's providers together, for example 4 for quarterly forums or 2 for six-monthly ones.
 */
export type ProviderForumsAYear = number;
/**
 * Anything else about the arrangement, such as what it does not cover (for example short breaks for disabled children).
 */
export type ArrangementNotes = string;
/**
 * The procurement arrangements the consortium runs: frameworks, dynamic purchasing systems, approved provider lists, rolling select lists, block contracts and cost-and-volume contracts. Use an empty list for a consortium that shares intelligence but has no arrangement of its own yet (as South East London did in 2015).
 */
export type ProcurementArrangements = ProcurementArrangement[];
/**
 * Anything else a commissioner should know about the consortium, for example plans to merge or re-tender.
 */
export type ConsortiumNotes = string;

/**
 * A group of local authorities that commission and buy placements for children in care together (a consortium or partnership in the terms of the 2015 consortia review): who the members are, who leads, how it is governed and paid for, and the procurement arrangements it runs (frameworks, dynamic purchasing systems, approved lists, block and cost-and-volume contracts) with their lots, tiers, call-off procedure, pricing, variations to the national contract and monitoring.
 */
export interface Consortium {
  apiVersion: APIVersion;
  kind: Kind;
  metadata: ConsortiumMetadata;
  spec: ConsortiumDetails;
}
/**
 * The consortium's id (how other documents refer to it) and its name as people know it, for example 'White Rose Independent Fostering Framework'.
 */
export interface ConsortiumMetadata {
  id: DocumentId;
  name: Name;
  description?: Description;
  version?: DocumentVersion;
  owner?: Owner;
  sharing?: Sharing;
  labels?: Labels;
}
/**
 * What the consortium is, who is in it and the arrangements it runs.
 */
export interface ConsortiumDetails {
  type: TypeOfConsortium;
  regions?: Regions;
  services?: ServicesCovered;
  leadAuthority?: LeadAuthority;
  hostOrganisation?: HostOrganisation;
  members: MemberAuthorities;
  parentConsortium?: OverarchingConsortium;
  governance?: Governance;
  resourcing?: Resourcing;
  contact?: ConsortiumContact;
  arrangements: ProcurementArrangements;
  notes?: ConsortiumNotes;
}
/**
 * One local authority's membership of the consortium.
 */
export interface Membership {
  authority: MemberAuthority;
  role?: MembershipRole;
  joined?: DateJoined;
  left?: DateLeft;
  services?: ServicesTakenPartIn;
  notes?: MembershipNotes;
}
/**
 * The agreement that binds the members together.
 */
export interface Governance {
  model: GovernanceAgreement;
  reportsTo?: ReportsTo;
  notes?: GovernanceNotes;
}
/**
 * How members pay for the consortium: in cash (subscription, share by numbers of looked-after children, volume of placements, bed-night usage or bed allocation) or in kind (officer time).
 */
export interface Resourcing {
  model: ResourcingModel;
  contributions?: Contributions;
  fundedBy?: FundedBy;
  inKind?: ContributionInKind;
  notes?: ResourcingNotes;
}
/**
 * An amount paid towards the consortium.
 */
export interface Contribution {
  amount: ContributionAmount;
  basis: ContributionBasis;
  authorities?: PaidBy;
  covers?: WhatItPaysFor;
}
/**
 * The amount and the period it is paid for, for example £5,800 a year.
 */
export interface ContributionAmount {
  amount: AmountGBP;
  currency?: Currency;
  per: Period;
  vatIncluded?: VATIncluded;
}
/**
 * The team to contact about the consortium, such as its commissioning team or programme manager.
 */
export interface ConsortiumContact {
  role: Role;
  email?: Email;
}
/**
 * One procurement arrangement run by the consortium (section 2.2 of the 2015 review).
 */
export interface ProcurementArrangement {
  id: ArrangementId;
  name?: ArrangementName;
  type: TypeOfArrangement;
  status?: ArrangementStatus;
  services?: ArrangementServices;
  leadAuthority?: LocalAuthority1;
  contractBasis?: ContractBasis;
  variations?: VariationsToTheNationalContract;
  term?: ContractTerm;
  openness?: Openness;
  needsFramework?: NeedsFramework;
  lots?: Lots;
  tiers?: ArrangementTiers;
  providers?: ArrangementProviders;
  providerCount?: NumberOfProviders;
  geographicCriteria?: EligibilityByLocation;
  awardWeighting?: AwardWeighting;
  callOff?: CallOffProcedure;
  pricing?: PricingPolicy;
  blockPlaces?: BlockPlaces;
  estimatedAnnualValue?: EstimatedAnnualValue;
  monitoring?: ContractMonitoring;
  suspensionProtocol?: SuspensionProtocol;
  providerForumsPerYear?: ProviderForumsAYear;
  notes?: ArrangementNotes;
}
/**
 * The standard terms the arrangement's contract is based on: a national contract (and which edition), or the consortium's own terms.
 */
export interface ContractBasis {
  basis: TermsUsed;
  nationalContract?: NationalContract;
  edition?: EditionUsed;
  notes?: ContractBasisNotes;
}
/**
 * One change the consortium has made to the national contract.
 */
export interface Variation {
  id: VariationId;
  clause?: ClauseVaried;
  schedule?: ScheduleVaried;
  changeType: TypeOfChange;
  summary: WhatChanges;
  rationale?: WhyItChanges;
}
/**
 * When the arrangement started, how long it runs and the extension options, for example 2+1+1.
 */
export interface ContractTerm {
  startDate?: StartDate;
  initialPeriod?: InitialPeriod;
  extensionOptions?: ExtensionOptions;
  extensionsTaken?: ExtensionsTaken;
  endDate?: EndDate;
  notes?: TermNotes;
}
/**
 * The initial contract period before any extension: the first number of '2+1+1', written as {years: 2}.
 */
export interface InitialPeriod {
  years?: Years;
  months?: Months;
}
/**
 * A length of time in whole years and/or months, such as the initial period of a framework (2 years) or one extension (1 year).
 */
export interface PeriodOfTime {
  years?: Years;
  months?: Months;
}
/**
 * When providers and new authorities may join the arrangement.
 */
export interface Openness {
  providerEntry?: WhenProvidersMayJoin;
  reopenInterval?: PeriodOfTime1;
  authorityEntry?: WhenAuthoritiesMayJoin;
  notes?: OpennessNotes;
}
/**
 * A length of time in whole years and/or months, such as the initial period of a framework (2 years) or one extension (1 year).
 */
export interface PeriodOfTime1 {
  years?: Years;
  months?: Months;
}
/**
 * A lot: a category of service within the arrangement.
 */
export interface Lot {
  id: LotId;
  name: LotName;
  service?: Service1;
  categories?: LotCategories;
  categoryLabel?: CategoryLabel;
  ageBands?: AgeBands;
  needsLevels?: LevelsOfNeed;
  maximumPrices?: LotMaximumPrices;
  tiers?: LotTiers;
  providers?: LotProviders;
  description?: LotDescription;
}
/**
 * An age range in whole years, inclusive at both ends: a child aged `from` up to and including `to` years (for example 0-4, 5-10, 11-18).
 */
export interface AgeBand {
  from: FromAge;
  to: ToAge;
}
/**
 * A price ceiling, optionally for one age band or level of need.
 */
export interface MaximumPrice {
  ageBand?: AgeBand1;
  needsLevel?: PriceLevelOfNeed;
  price: PriceCeiling;
}
/**
 * An age range in whole years, inclusive at both ends: a child aged `from` up to and including `to` years (for example 0-4, 5-10, 11-18).
 */
export interface AgeBand1 {
  from: FromAge;
  to: ToAge;
}
/**
 * The maximum price, for example £850 a week.
 */
export interface PriceCeiling {
  amount: AmountGBP;
  currency?: Currency;
  per: Period;
  vatIncluded?: VATIncluded;
}
/**
 * A tier: a group of providers approached in order, tier 1 usually offering the best price at the required quality.
 */
export interface Tier {
  id: TierId;
  rank: TierRank;
  forAuthority?: LocalAuthority2;
  allocationBasis?: TierAllocationBasis;
  weighting?: TierWeighting;
  maximumProviders?: ProviderCap;
  geographicCriteria?: TierLocationCriteria;
  providers?: TierProviders;
}
/**
 * The quality and price weighting used to place providers on this tier.
 */
export interface TierWeighting {
  quality: QualityWeighting;
  price: PriceWeighting;
}
/**
 * Where a provider must be to sit on this tier, for example provision within 20 miles of the authorities.
 */
export interface TierLocationCriteria {
  withinMiles?: WithinMiles;
  managementPresenceInAuthority?: ManagementPresenceRequired;
  basedInRegion?: BasedInTheRegion;
  notes?: LocationNotes;
}
/**
 * Where providers must be to qualify for the arrangement at all, for example the Peninsula framework's requirement that providers are based in the South West.
 */
export interface EligibilityByLocation {
  withinMiles?: WithinMiles;
  managementPresenceInAuthority?: ManagementPresenceRequired;
  basedInRegion?: BasedInTheRegion;
  notes?: LocationNotes;
}
/**
 * How quality and price were weighted when the arrangement was awarded, for example 60% quality and 40% price (Greater Manchester residential).
 */
export interface AwardWeighting {
  quality: QualityWeighting;
  price: PriceWeighting;
}
/**
 * How members buy an individual placement (call off) under the arrangement.
 */
export interface CallOffProcedure {
  method?: CallOffMethod;
  prescribed?: PrescribedForAllMembers;
  urgentException?: UrgentPlacementException;
  forms?: PrescribedForms;
  responseTime?: ProviderResponseTime;
  notes?: CallOffNotes;
}
/**
 * Whether urgent (emergency) placements may depart from the call-off method, and how. The 2015 review found tiers were often skipped in emergencies without any record.
 */
export interface UrgentPlacementException {
  allowed: ExceptionAllowed;
  description?: ExceptionRule;
}
/**
 * How quickly providers must respond to a placement request.
 */
export interface ProviderResponseTime {
  value: ResponseTimeValue;
  unit: ResponseTimeUnit;
}
/**
 * Price freezes, uplifts, discounts and maximum prices.
 */
export interface PricingPolicy {
  pricesFixedFor?: PeriodOfTime2;
  placementPriceFixedFor?: PeriodOfTime3;
  uplifts?: UpliftRules;
  costAndVolumeDiscount?: CostAndVolumeDiscount;
  maximumPrices?: ArrangementMaximumPrices;
  perAuthorityPrices?: PricesPerAuthority;
  notes?: PricingNotes;
}
/**
 * A length of time in whole years and/or months, such as the initial period of a framework (2 years) or one extension (1 year).
 */
export interface PeriodOfTime2 {
  years?: Years;
  months?: Months;
}
/**
 * A length of time in whole years and/or months, such as the initial period of a framework (2 years) or one extension (1 year).
 */
export interface PeriodOfTime3 {
  years?: Years;
  months?: Months;
}
/**
 * Whether and how prices may rise during the term.
 */
export interface UpliftRules {
  policy: UpliftPolicy;
  index?: UpliftIndex;
  maximumPercent?: UpliftCap;
  notes?: UpliftNotes;
}
/**
 * Discounts that rise with spend, as in the Peninsula cost-and-volume contract and the East Midlands framework.
 */
export interface CostAndVolumeDiscount {
  basis?: DiscountBasis;
  bands?: DiscountBands;
  targetPercent?: TargetDiscount;
  notes?: DiscountNotes;
}
/**
 * The discount from one level of annual spend (or number of placements) upwards.
 */
export interface DiscountBand {
  fromAnnualSpend?: AmountGBP1;
  fromPlacements?: FromPlacements;
  discountPercent: Discount;
}
/**
 * For a block contract: the places bought and from whom.
 */
export interface BlockPlaces {
  places: PlacesBought;
  maximumPlacesPerProvider?: MostPlacesPerProvider;
  minimumProviders?: FewestProviders;
  providers?: BlockProviders;
  notes?: BlockNotes;
}
/**
 * The expected spend through the arrangement, for example £50 million a year for South Central fostering.
 */
export interface EstimatedAnnualValue {
  amount: AmountGBP;
  currency?: Currency;
  per: Period;
  vatIncluded?: VATIncluded;
}
/**
 * How providers on the arrangement are monitored, and by whom.
 */
export interface ContractMonitoring {
  approaches?: MonitoringApproaches;
  coordinator?: LocalAuthority3;
  visitsPerYear?: MonitoringVisitsAYear;
  sharedTemplates?: SharedTemplates;
  providersPerOfficer?: ProvidersPerLinkOfficer;
  notes?: MonitoringNotes;
}
/**
 * When and how a provider is suspended from the arrangement, for example on safeguarding concerns or an Inadequate Ofsted judgement. Leave out when there is no protocol.
 */
export interface SuspensionProtocol {
  triggers: SuspensionTriggers;
  action?: SuspensionAction;
}
