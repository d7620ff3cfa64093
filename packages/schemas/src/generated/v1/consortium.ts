/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from './common.js';
/**
 * Providers, by the ids of their ProviderProfile documents.
 *
 * Items: A provider, by its ProviderProfile document id.
 */
export type Providers = common.DocumentReference[];

/**
 * A group of local authorities that commission and buy placements for children in care together (a consortium or partnership in the terms of the 2015 consortia review): who the members are, who leads, how it is governed and paid for, and the procurement arrangements it runs (frameworks, dynamic purchasing systems, approved lists, block and cost-and-volume contracts) with their lots, tiers, call-off procedure, pricing, variations to the national contract and monitoring.
 */
export interface Consortium {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: common.JSONSchema;
  /**
   * The version of the NOF document format this document is written in. Always `nof/v1` for this schema.
   */
  apiVersion: 'nof/v1';
  /**
   * The kind of NOF document. Always `Consortium` for this schema.
   */
  kind: 'Consortium';
  /**
   * The consortium's id (how other documents refer to it) and its name as people know it, for example 'White Rose Independent Fostering Framework'.
   */
  metadata: common.Metadata;
  /**
   * What the consortium is, who is in it and the arrangements it runs.
   */
  spec: ConsortiumDetails;
}
export interface ConsortiumDetails {
  /**
   * The kind of consortium, as classified in section 2.1 of the 2015 review. `overarching-regional`: evaluates providers onto a regional database and supports sub-regional consortia (Placements North West, West Midlands Placements Database, London Care Services). `regional`: most authorities in a region on one framework or DPS (White Rose). `sub-regional`: part of a region commissioning together (NE7, Tees Valley). `partnership`: approved lists, shared quality assurance and information, but no contracts with providers (CCRAG). `contracting-partnership`: a few authorities buying on block contracts (Nottinghamshire and Nottingham City, Cross Regional Project).
   */
  type: 'overarching-regional' | 'regional' | 'sub-regional' | 'partnership' | 'contracting-partnership';
  /**
   * The English regions the consortium's members come from. A cross-regional partnership such as CCRAG lists every region it spans.
   *
   * @minItems 1
   */
  regions?: [common.Region, ...common.Region[]];
  /**
   * The placement services the consortium commissions or supports across all its arrangements, for example fostering and residential child care.
   *
   * @minItems 1
   */
  services?: [common.Service, ...common.Service[]];
  /**
   * The local authority that leads the consortium and carries legal accountability for its procurement (marked (L) in the review's tables), by GSS code, for example E08000035 for Leeds. Leave out when there is no lead, as in East London Solutions. The lead should also be listed among the members.
   */
  leadAuthority?: common.LocalAuthority;
  /**
   * The body that hosts or runs the consortium when that is not simply the lead authority, for example 'North East Purchasing Organisation (NEPO)', 'Improvement and Efficiency West Midlands (IEWM)', 'London Councils' or 'Children and Young People's Commissioning Service, Hertfordshire County Council'.
   */
  hostOrganisation?: string;
  /**
   * The local authorities in the consortium, one entry each, with their role and when they joined or left.
   *
   * @minItems 1
   */
  members: [Membership, ...Membership[]];
  /**
   * The overarching regional consortium this one operates under, by its document id: for example the Greater Manchester residential framework operates under Placements North West, and the London sub-regional consortia under London Care Services.
   */
  parentConsortium?: common.DocumentReference;
  /**
   * The agreement that binds the members together.
   */
  governance?: Governance;
  /**
   * How members pay for the consortium: in cash (subscription, share by numbers of looked-after children, volume of placements, bed-night usage or bed allocation) or in kind (officer time).
   */
  resourcing?: Resourcing;
  /**
   * The team to contact about the consortium, such as its commissioning team or programme manager.
   */
  contact?: common.Contact;
  /**
   * The procurement arrangements the consortium runs: frameworks, dynamic purchasing systems, approved provider lists, rolling select lists, block contracts and cost-and-volume contracts. Use an empty list for a consortium that shares intelligence but has no arrangement of its own yet (as South East London did in 2015).
   */
  arrangements: ProcurementArrangement[];
  /**
   * Anything else a commissioner should know about the consortium, for example plans to merge or re-tender.
   */
  notes?: common.Text;
}
/**
 * One local authority's membership of the consortium.
 */
export interface Membership {
  /**
   * The member local authority, by GSS code, for example E08000035 for Leeds.
   */
  authority: common.LocalAuthority;
  /**
   * `member`: a full member. `partner`: a member on different terms, often from outside the consortium's own area, such as the eight partner authorities of London Care Services. `associate`: uses the consortium's terms without formally being a member, as the Isle of Wight did with the South Central fostering framework.
   */
  role?: 'member' | 'partner' | 'associate';
  /**
   * The date the authority joined, for example 2014-05-01 for Kent joining the West Sussex DPS.
   */
  joined?: common.Date;
  /**
   * The date the authority left, if it has.
   */
  left?: common.Date;
  /**
   * The services this member takes part in, when it is not all of the consortium's services (in Mid Southern some authorities joined only for residential child care or only for special schools).
   *
   * @minItems 1
   */
  services?: [common.Service, ...common.Service[]];
  /**
   * Anything particular about this authority's membership, for example a reduced subscription.
   */
  notes?: common.Text;
}
export interface Governance {
  /**
   * `partnership-agreement`: a signed partnership agreement (White Rose, South Central, CCRAG). `memorandum-of-understanding`: a memorandum of understanding (ER4, East London Solutions). `none`: no formal agreement (East Midlands, West Midlands Children's Strategic Commissioning Group). `other`: say what in the notes.
   */
  model: 'partnership-agreement' | 'memorandum-of-understanding' | 'none' | 'other';
  /**
   * The group that oversees the consortium and sets its work plan, for example 'ADCS Yorkshire and the Humber' or 'North West Strategic Leads for Safeguarding Vulnerable Children'.
   */
  reportsTo?: string;
  /**
   * How the agreement works, for example whether it is still in draft, or what happens when a member leaves.
   */
  notes?: common.Text;
}
export interface Resourcing {
  /**
   * How the cost is shared. `none`: members pay nothing (the service is free or funded by someone else). `in-kind`: members give officer time, not money (NE7, Tees Valley). `fixed-subscription`: the same fixed amount from each member (London Care Services £5,800 a year, CCRAG £1,966 plus VAT). `proportional-to-looked-after-children`: shares in proportion to each member's number of children in care (Peninsula). `by-volume-of-placements`: shares by use of the arrangement (East Midlands). `bed-night-usage`: shares by bed nights used (South Central). `bed-allocation`: shares by places allocated to each member (Cross Regional Project). `other`: say what in the notes.
   */
  model:
    | 'none'
    | 'in-kind'
    | 'fixed-subscription'
    | 'proportional-to-looked-after-children'
    | 'by-volume-of-placements'
    | 'bed-night-usage'
    | 'bed-allocation'
    | 'other';
  /**
   * The amounts involved, where known: each member's payment, the average, or the total cost being shared.
   */
  contributions?: Contribution[];
  /**
   * Who else pays, when not (only) the members, for example 'Placements North West' or 'Improvement and Efficiency West Midlands legacy funding'.
   */
  fundedBy?: string;
  /**
   * The officer time members give, for example 'each authority acts as link officer for its allocated providers'.
   */
  inKind?: common.Text;
  /**
   * Anything else about how the consortium is paid for, such as what the contributions fund.
   */
  notes?: common.Text;
}
/**
 * An amount paid towards the consortium.
 */
export interface Contribution {
  /**
   * The amount and the period it is paid for, for example £5,800 a year.
   */
  amount: common.Money;
  /**
   * What the amount is. `each-member`: what every member (or every listed authority) pays. `average-per-member`: the average member's payment when payments vary. `minimum-per-member` / `maximum-per-member`: the ends of the range. `total`: the total cost shared between the members.
   */
  basis: 'each-member' | 'average-per-member' | 'minimum-per-member' | 'maximum-per-member' | 'total';
  /**
   * The authorities this amount applies to, when not every member, for example the City of London's reduced subscription.
   *
   * @minItems 1
   */
  authorities?: [common.LocalAuthority, ...common.LocalAuthority[]];
  /**
   * What the contribution funds, for example 'procurement, a full-time manager and monitoring capacity'.
   */
  covers?: common.Text;
}
/**
 * One procurement arrangement run by the consortium (section 2.2 of the 2015 review).
 */
export interface ProcurementArrangement {
  /**
   * Kebab-case id of the arrangement, unique within the consortium. Placement agreements and requests refer to it.
   */
  id: common.Identifier;
  /**
   * The arrangement's name as people know it, for example 'Eastern Region Foster Care Rolling Select List (ER4)'.
   */
  name?: string;
  /**
   * `framework-agreement`: closed for a defined period, with a common specification and prices. `dynamic-purchasing-system`: like a framework but (almost) continuously open to new providers. `approved-provider-list`: providers meeting basic criteria, spot-purchased from. `rolling-select-list`: a list re-opened at intervals, which may be tiered (ER4). `block-contract`: a fixed number of places bought from one or more providers. `cost-and-volume-contract`: no volume guaranteed, prices fall as spend rises.
   */
  type:
    | 'framework-agreement'
    | 'dynamic-purchasing-system'
    | 'approved-provider-list'
    | 'rolling-select-list'
    | 'block-contract'
    | 'cost-and-volume-contract';
  /**
   * `planned`: being designed. `in-procurement`: out to tender. `active`: placements can be called off. `expired`: ended and not extended.
   */
  status?: 'planned' | 'in-procurement' | 'active' | 'expired';
  /**
   * The placement services bought under this arrangement.
   *
   * @minItems 1
   */
  services?: [common.Service, ...common.Service[]];
  /**
   * The authority that led procurement for this arrangement, when different from the consortium's lead authority.
   */
  leadAuthority?: common.LocalAuthority;
  /**
   * The standard terms the arrangement's contract is based on: a national contract (and which edition), or the consortium's own terms.
   */
  contractBasis?: ContractBasis;
  /**
   * Each change the consortium has made to the national contract, kept separate from the core terms so providers can see exactly what differs (as the 2015 review recommends). Each variation points at the clause or schedule of the national contract named in the contract basis.
   */
  variations?: Variation[];
  /**
   * When the arrangement started, how long it runs and the extension options, for example 2+1+1.
   */
  term?: ContractTerm;
  /**
   * When providers and new authorities may join the arrangement.
   */
  openness?: Openness;
  /**
   * The needs and outcomes framework whose levels of need the lots refer to, by its document id.
   */
  needsFramework?: common.DocumentReference;
  /**
   * The lots of the arrangement: categories of service such as standard, solo or parent-and-child fostering, possibly divided by age band. Leave out when the arrangement has no lots.
   */
  lots?: Lot[];
  /**
   * Tiers that apply across the whole arrangement, for arrangements with tiers but no lots (Tees Valley fostering: two tiers, no lots). When lots have their own tiers, put the tiers in each lot instead.
   */
  tiers?: Tier[];
  /**
   * The providers on the arrangement, by ProviderProfile document id, when they are not listed tier by tier.
   */
  providers?: Providers;
  /**
   * How many providers are on the arrangement, when the providers themselves are not listed (White Rose fostering: 28; West Midlands residential: 120).
   */
  providerCount?: number;
  /**
   * Where providers must be to qualify for the arrangement at all, for example the Peninsula framework's requirement that providers are based in the South West.
   */
  geographicCriteria?: LocationCriteria;
  /**
   * How quality and price were weighted when the arrangement was awarded, for example 60% quality and 40% price (Greater Manchester residential).
   */
  awardWeighting?: PriceAndQualityWeighting;
  /**
   * How members buy an individual placement (call off) under the arrangement.
   */
  callOff?: CallOffProcedure;
  /**
   * Price freezes, uplifts, discounts and maximum prices.
   */
  pricing?: PricingPolicy;
  /**
   * For a block contract: the places bought and from whom.
   */
  blockPlaces?: BlockPlaces;
  /**
   * The expected spend through the arrangement, for example £50 million a year for South Central fostering.
   */
  estimatedAnnualValue?: common.Money;
  /**
   * How providers on the arrangement are monitored, and by whom.
   */
  monitoring?: ContractMonitoring;
  /**
   * When and how a provider is suspended from the arrangement, for example on safeguarding concerns or an Inadequate Ofsted judgement. Leave out when there is no protocol.
   */
  suspensionProtocol?: SuspensionProtocol;
  /**
   * How many times a year the consortium brings the arrangement's providers together, for example 4 for quarterly forums or 2 for six-monthly ones.
   */
  providerForumsPerYear?: number;
  /**
   * Anything else about the arrangement, such as what it does not cover (for example short breaks for disabled children).
   */
  notes?: common.Text;
}
export interface ContractBasis {
  /**
   * `national-contract`: based on a national (or model) contract such as the National Fostering Contract, named in `nationalContract`. `own-terms`: the consortium's own contract (South Central fostering did not use the national contract). `unknown`: not known; say what is known in the notes.
   */
  basis: 'national-contract' | 'own-terms' | 'unknown';
  /**
   * The national contract the arrangement is based on, by its NationalContract document id, for example `national-fostering-contract-2011`.
   */
  nationalContract?: common.DocumentReference;
  /**
   * The edition of the national contract used, as the contract names it, for example '2011 v1.2'.
   */
  edition?: string;
  /**
   * Anything else about the terms, for example 'based on the predecessor of the 2011 national contract' or 'London Model Contract adapted for sub-regional use'.
   */
  notes?: common.Text;
}
/**
 * One change the consortium has made to the national contract.
 */
export interface Variation {
  /**
   * Kebab-case id of the variation, unique within the arrangement, for example `var-fees-freeze`.
   */
  id: common.Identifier;
  /**
   * The id of the national contract clause that is changed, for example `fees-and-payment`. For an added clause, the clause it follows, if any.
   */
  clause?: common.Identifier;
  /**
   * The id of the national contract schedule that is changed, for example the service specification, when the change is to a schedule rather than a clause.
   */
  schedule?: common.Identifier;
  /**
   * `added`: a new clause. `amended`: the national clause with changes. `deleted`: the national clause does not apply. `replaced`: the national clause is replaced entirely by the consortium's own.
   */
  changeType: 'added' | 'amended' | 'deleted' | 'replaced';
  /**
   * A plain summary of the change, for example 'Prices are fixed for the first two years; no inflationary uplift'.
   */
  summary: common.Text;
  /**
   * Why the change is needed to meet local need. The 2015 review found the reason was often unclear to providers.
   */
  rationale?: common.Text;
}
export interface ContractTerm {
  /**
   * The date the arrangement started, for example 2014-01-11 for Tees Valley fostering.
   */
  startDate?: common.Date;
  /**
   * The initial contract period before any extension: the first number of '2+1+1', written as {years: 2}.
   */
  initialPeriod?: common.PeriodOfTime;
  /**
   * The optional extensions in the order they can be taken: '2+1+1' has two, each {years: 1}. Empty or left out when there is no extension (Tees Valley fostering: four years, no extension).
   */
  extensionOptions?: common.PeriodOfTime[];
  /**
   * How many of the extension options have been taken up so far.
   */
  extensionsTaken?: number;
  /**
   * The date the arrangement ends as things stand, after any extensions taken, for example 2015-12-31.
   */
  endDate?: common.Date;
  /**
   * Anything else about the term, for example an extension agreed outside the options to allow a re-tender.
   */
  notes?: common.Text;
}
export interface Openness {
  /**
   * `closed-for-term`: closed to new providers for the contract term (a framework). `opens-at-intervals`: re-opened to new providers at set intervals (NE6 at least every six months, ER4 annually). `continuously-open`: providers may apply at any time (a DPS).
   */
  providerEntry?: 'closed-for-term' | 'opens-at-intervals' | 'continuously-open';
  /**
   * How often the arrangement re-opens to new providers, for example {months: 6}.
   */
  reopenInterval?: common.PeriodOfTime;
  /**
   * `at-any-time`: a new authority may join whenever it chooses. `at-review-points`: only at refresh or review points (White Rose). `closed`: no new authorities (North Region of the South West).
   */
  authorityEntry?: 'at-any-time' | 'at-review-points' | 'closed';
  /**
   * Anything else about joining or leaving, for example 'providers may add and remove homes through a predetermined process'.
   */
  notes?: common.Text;
}
/**
 * A lot: a category of service within the arrangement.
 */
export interface Lot {
  /**
   * Kebab-case id of the lot, unique within the arrangement, for example `lot-1-standard`.
   */
  id: common.Identifier;
  /**
   * The lot's name as the tender documents give it, for example 'Lot 1: Standard fostering placement'.
   */
  name: string;
  /**
   * The placement service the lot buys.
   */
  service?: common.Service;
  /**
   * The categories of placement in the lot. Use `other` with a category label for anything else, such as lots by number of beds in a home.
   *
   * @minItems 1
   *
   * Items: A category of placement.
   */
  categories?: [
    (
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
      | 'other'
    ),
    ...(
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
      | 'other'
    )[]
  ];
  /**
   * The lot's own name for its category when it is `other` or differs from the standard names, for example 'Intensive support fostering' or 'Rural and complex'.
   */
  categoryLabel?: string;
  /**
   * The age bands the lot is divided into, for example 0-4, 5-10 and 11-18 (White Rose).
   */
  ageBands?: common.AgeBand[];
  /**
   * The levels of need the lot covers, as numbered in the arrangement's needs framework (for example 1 limited support, 2 standard, 3 intensive in ER4).
   *
   * @minItems 1
   */
  needsLevels?: [number, ...number[]];
  /**
   * The most that may be charged in this lot, overall or per age band.
   */
  maximumPrices?: MaximumPrice[];
  /**
   * The tiers within the lot, tier 1 first.
   */
  tiers?: Tier[];
  /**
   * The providers on the lot, by ProviderProfile document id, when the lot has no tiers.
   */
  providers?: Providers;
  /**
   * What the lot covers, in the consortium's words.
   */
  description?: common.Text;
}
/**
 * A price ceiling, optionally for one age band or level of need.
 */
export interface MaximumPrice {
  /**
   * The age band the ceiling applies to; leave out when it applies to all ages.
   */
  ageBand?: common.AgeBand;
  /**
   * The level of need the ceiling applies to, if prices differ by level.
   */
  needsLevel?: number;
  /**
   * The maximum price, for example £850 a week.
   */
  price: common.Money;
}
/**
 * A tier: a group of providers approached in order, tier 1 usually offering the best price at the required quality.
 */
export interface Tier {
  /**
   * Kebab-case id of the tier, unique within its lot (or arrangement), for example `tier-1`.
   */
  id: common.Identifier;
  /**
   * The tier's number: 1 is approached first, then 2, and so on.
   */
  rank: number;
  /**
   * The member authority this tier applies to, when tiers differ by authority (North Region of the South West: a provider with much local capacity may be on one authority's tier 1 and another's tier 2).
   */
  forAuthority?: common.LocalAuthority;
  /**
   * How providers were placed on this tier: by `price`, by `quality`, by `price-and-quality`, by `geography` (local capacity or management presence), or `other`.
   */
  allocationBasis?: 'price' | 'quality' | 'price-and-quality' | 'geography' | 'other';
  /**
   * The quality and price weighting used to place providers on this tier.
   */
  weighting?: PriceAndQualityWeighting;
  /**
   * The most providers this tier may hold, for example 10 fostering agencies at tier 1 (West Sussex and Brighton and Hove). Leave out when unlimited.
   */
  maximumProviders?: number;
  /**
   * Where a provider must be to sit on this tier, for example provision within 20 miles of the authorities.
   */
  geographicCriteria?: LocationCriteria;
  /**
   * The providers on this tier, by ProviderProfile document id.
   */
  providers?: Providers;
}
/**
 * The weight given to quality and to price, in percentages that add up to 100.
 */
export interface PriceAndQualityWeighting {
  /**
   * The percentage weight given to quality, for example 60.
   */
  quality: common.Percentage;
  /**
   * The percentage weight given to price, for example 40.
   */
  price: common.Percentage;
}
/**
 * Where a provider's services or management must be.
 */
export interface LocationCriteria {
  /**
   * Provision must be within this many miles of the member authorities, for example 20.
   */
  withinMiles?: number;
  /**
   * True when the provider must have provision and a management presence within the member authorities' areas.
   */
  managementPresenceInAuthority?: boolean;
  /**
   * True when the provider must be based in the consortium's region (Peninsula: the South West).
   */
  basedInRegion?: boolean;
  /**
   * Any other location rule, for example 'within one hour's peak-time travel of the school'.
   */
  notes?: common.Text;
}
export interface CallOffProcedure {
  /**
   * `sequential-by-tier`: approach tier 1 first, then tier 2 and so on. `all-tiers-at-once`: send the request to every tier together. `mini-competition`: a competition among providers for each placement. `direct-award`: award to a chosen provider without competition. `spot-from-list`: search the list and spot-purchase directly (approved lists, CCRAG).
   */
  method?:
    'sequential-by-tier' | 'all-tiers-at-once' | 'mini-competition' | 'direct-award' | 'spot-from-list';
  /**
   * True when every member must follow the same prescribed call-off procedure (White Rose, East Midlands); false when each authority decides how it uses the arrangement.
   */
  prescribed?: boolean;
  /**
   * Whether urgent (emergency) placements may depart from the call-off method, and how. The 2015 review found tiers were often skipped in emergencies without any record.
   */
  urgentException?: UrgentPlacementException;
  /**
   * The standard forms members must use, for example 'Standard referral form'.
   */
  forms?: string[];
  /**
   * How quickly providers must respond to a placement request.
   */
  responseTime?: ResponseTime;
  /**
   * Anything else about the procedure, for example 'referrals go to the seven cost-and-volume providers before other Peninsula framework providers'.
   */
  notes?: common.Text;
}
export interface UrgentPlacementException {
  /**
   * True when urgent placements may depart from the call-off method.
   */
  allowed: boolean;
  /**
   * When the exception applies and what must be recorded, for example 'same-day placements may go to all tiers at once; the reason is recorded on the call-off record'.
   */
  description?: common.Text;
}
export interface ResponseTime {
  /**
   * The number of hours or days, for example 48.
   */
  value: number;
  /**
   * What the number counts: `hours`, `working-days` or `calendar-days`.
   */
  unit: 'hours' | 'working-days' | 'calendar-days';
}
export interface PricingPolicy {
  /**
   * How long framework prices are held without uplift, for example {years: 4} (NE7).
   */
  pricesFixedFor?: common.PeriodOfTime;
  /**
   * How long a placement's price is fixed once made, for example {years: 4} in ER4, where prices change annually but a placement keeps its starting price.
   */
  placementPriceFixedFor?: common.PeriodOfTime;
  /**
   * Whether and how prices may rise during the term.
   */
  uplifts?: UpliftRules;
  /**
   * Discounts that rise with spend, as in the Peninsula cost-and-volume contract and the East Midlands framework.
   */
  costAndVolumeDiscount?: CostAndVolumeDiscount;
  /**
   * Price ceilings for an arrangement without lots. Lots carry their own maximum prices.
   */
  maximumPrices?: MaximumPrice[];
  /**
   * True when providers may offer each member authority a different price (ER4).
   */
  perAuthorityPrices?: boolean;
  /**
   * Anything else about prices, for example enhanced placements priced in bands, or add-ons bought within the contract.
   */
  notes?: common.Text;
}
export interface UpliftRules {
  /**
   * `none`: no uplifts for the term. `annual-review`: prices reviewed each year. `index-linked`: prices move with an index such as CPI or RPI. `on-evidence`: an increase only when the provider justifies it (White Rose residential). `other`: say what in the notes.
   */
  policy: 'none' | 'annual-review' | 'index-linked' | 'on-evidence' | 'other';
  /**
   * The index uplifts follow, for example 'CPI' or 'RPI'.
   */
  index?: string;
  /**
   * The largest uplift allowed in any year, as a percentage.
   */
  maximumPercent?: common.Percentage;
  /**
   * Anything else about uplifts.
   */
  notes?: common.Text;
}
export interface CostAndVolumeDiscount {
  /**
   * What the discount is measured on: `overall-spend` with the provider (Peninsula) or `number-of-placements`.
   */
  basis?: 'overall-spend' | 'number-of-placements';
  /**
   * The discount at each level of spend or placements, lowest first.
   */
  bands?: DiscountBand[];
  /**
   * The overall discount the consortium set out to achieve, as a percentage (East Midlands: 3%).
   */
  targetPercent?: common.Percentage;
  /**
   * Anything else about the discount.
   */
  notes?: common.Text;
}
/**
 * The discount from one level of annual spend (or number of placements) upwards.
 */
export interface DiscountBand {
  /**
   * The annual spend with the provider, in pounds, from which this discount applies.
   */
  fromAnnualSpend?: common.AmountGBP;
  /**
   * The number of placements with the provider from which this discount applies.
   */
  fromPlacements?: number;
  /**
   * The discount on the contract price, as a percentage, for example 4.
   */
  discountPercent: common.Percentage;
}
export interface BlockPlaces {
  /**
   * The number of places bought under the block contract, for example 20 (Cross Regional Project).
   */
  places: number;
  /**
   * The most places any one provider may supply (Nottinghamshire and Nottingham City: 22).
   */
  maximumPlacesPerProvider?: number;
  /**
   * The fewest providers the places must be spread across (Nottinghamshire and Nottingham City: 3).
   */
  minimumProviders?: number;
  /**
   * The providers holding the block places, by ProviderProfile document id.
   */
  providers?: Providers;
  /**
   * Anything else about the places, for example how they are allocated between members.
   */
  notes?: common.Text;
}
export interface ContractMonitoring {
  /**
   * How monitoring is organised; consortia often combine several. `link-officer-allocation`: each member monitors allocated providers on behalf of all (NE7, CCRAG). `central-team`: a team funded by the consortium does it (East Midlands). `each-authority-monitors-own`: each member monitors the providers it uses. `lead-collates-kpis`: the lead authority collects and collates performance information (South Central).
   *
   * @minItems 1
   *
   * Items: One way monitoring is organised.
   */
  approaches?: [
    'link-officer-allocation' | 'central-team' | 'each-authority-monitors-own' | 'lead-collates-kpis',
    ...('link-officer-allocation' | 'central-team' | 'each-authority-monitors-own' | 'lead-collates-kpis')[]
  ];
  /**
   * The authority that coordinates monitoring, for example Hampshire for South Central.
   */
  coordinator?: common.LocalAuthority;
  /**
   * How many monitoring visits each provider (or home) receives a year, for example 1 for an annual visit or 2 for twice yearly.
   */
  visitsPerYear?: number;
  /**
   * True when all members use the same monitoring templates and share the findings.
   */
  sharedTemplates?: boolean;
  /**
   * About how many providers each member or link officer monitors, for example 5 (NLCEP).
   */
  providersPerOfficer?: number;
  /**
   * Anything else, for example how providers are allocated (by use, by location) or annual conversations with each provider.
   */
  notes?: common.Text;
}
export interface SuspensionProtocol {
  /**
   * What leads to a provider being suspended: `ofsted-inadequate` (an Inadequate Ofsted judgement), `safeguarding-concern`, `regulation-44-concern` (concerns from an independent person's Regulation 44 visit), `financial-failure`, or `other` (say what in the action).
   *
   * @minItems 1
   *
   * Items: One reason a provider may be suspended.
   */
  triggers: [
    'ofsted-inadequate' | 'safeguarding-concern' | 'regulation-44-concern' | 'financial-failure' | 'other',
    ...(
      'ofsted-inadequate' | 'safeguarding-concern' | 'regulation-44-concern' | 'financial-failure' | 'other'
    )[]
  ];
  /**
   * What happens on suspension, for example 'no new referrals until the concern is resolved; existing placements reviewed'.
   */
  action?: common.Text;
}
