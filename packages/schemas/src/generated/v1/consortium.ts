/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from './common.js';
/**
 * A placement type or service an arrangement may include or exclude: `short-breaks` (for disabled children), `emergency-placements`, `remand`, `pace-beds` (Police and Criminal Evidence Act beds), `independent-day-schools`, `special-schools` (residential or day), `day-placements`, `care-with-education`, `education`, `disabled-children`, `parent-and-child`, `parent-and-child-assessment`, `staying-put`, `solo`, `siblings`, `enhanced-fostering` (step-down or specialist foster care), `therapeutic`, `add-ons` (extra services bought within the contract), `sixteen-plus`, `care-leavers`, `challenging-behaviour`, `school-linked-residential` (residential provision linked to a school), `secure-welfare`, `mainstream`.
 */
export type ScopeItem =
  | 'short-breaks'
  | 'emergency-placements'
  | 'remand'
  | 'pace-beds'
  | 'independent-day-schools'
  | 'special-schools'
  | 'day-placements'
  | 'care-with-education'
  | 'education'
  | 'disabled-children'
  | 'parent-and-child'
  | 'parent-and-child-assessment'
  | 'staying-put'
  | 'solo'
  | 'siblings'
  | 'enhanced-fostering'
  | 'therapeutic'
  | 'add-ons'
  | 'sixteen-plus'
  | 'care-leavers'
  | 'challenging-behaviour'
  | 'school-linked-residential'
  | 'secure-welfare'
  | 'mainstream';
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
   * When the consortium was formed, as far as known: 2009 for East London Solutions, or {date: 2009, qualifier: from} for 'has jointly tendered since 2009'.
   */
  established?: common.PartialDate;
  /**
   * Who leads what, and since or until when, when it is more than one lead authority: procurement and commissioning led by different bodies (NE6: NEPO and Newcastle), a lead that changed (South Central: Southampton, then Hampshire from 2013), a contract held by one authority and managed by another (Cross Regional Project).
   *
   * @minItems 1
   */
  leadRoles?: [LeadRole, ...LeadRole[]];
  /**
   * The local authorities in the consortium, one entry each, with their role and when they joined or left.
   *
   * @minItems 1
   */
  members: [Membership, ...Membership[]];
  /**
   * Authorities the source counts but does not name: former members, authorities interested in joining.
   *
   * @minItems 1
   */
  unnamedMembers?: [UnnamedAuthorities, ...UnnamedAuthorities[]];
  /**
   * The number of members the source states, when the member list cannot show it (the source names fewer than it counts).
   */
  memberCount?: number;
  /**
   * The overarching regional consortium this one operates under, by its document id: for example the Greater Manchester residential framework operates under Placements North West, and the London sub-regional consortia under London Care Services.
   */
  parentConsortium?: common.DocumentReference;
  /**
   * Other consortia this one uses, works beside or grew from.
   *
   * @minItems 1
   */
  relatedConsortia?: [RelatedConsortium, ...RelatedConsortium[]];
  /**
   * The agreement that binds the members together.
   */
  governance?: Governance;
  /**
   * How members pay for the consortium: in cash (subscription, share by numbers of looked-after children, volume of placements, bed-night usage or bed allocation) or in kind (officer time).
   */
  resourcing?: Resourcing;
  /**
   * The database of providers the consortium runs, for overarching consortia and partnerships.
   */
  providerDatabase?: ProviderDatabase;
  /**
   * The team to contact about the consortium, such as its commissioning team or programme manager.
   */
  contact?: common.Contact;
  /**
   * The procurement arrangements the consortium runs: frameworks, dynamic purchasing systems, approved provider lists, rolling select lists, block contracts and cost-and-volume contracts. Use an empty list for a consortium that shares intelligence but has no arrangement of its own yet (as South East London did in 2015).
   */
  arrangements: ProcurementArrangement[];
  /**
   * The savings the consortium reports or estimates, each with its method and baseline.
   */
  savings?: Saving[];
  /**
   * Whether savings, benefits or placement decisions have been evaluated, and how: record 'not evaluated' here rather than in notes.
   */
  evaluations?: Evaluation[];
  /**
   * The benefits and impact the source credits to the consortium.
   */
  benefits?: Benefit[];
  /**
   * What happens next: mergers, re-tenders, successors, expiries.
   */
  plans?: Plan[];
  /**
   * Where the source's sections disagree, what each says and which this document follows.
   */
  discrepancies?: DiscrepancyBetweenSources[];
  /**
   * The sections of the source the document is encoded from, for example ['3.3.1', 'Appendix 1'].
   *
   * @minItems 1
   */
  sourceSections?: [string, ...string[]];
  /**
   * Anything else a commissioner should know about the consortium, for example plans to merge or re-tender.
   */
  notes?: common.Text;
}
/**
 * One part of leading the consortium and who holds it, and since or until when: procurement may be led by one body, commissioning by another, and the lead may change.
 */
export interface LeadRole {
  /**
   * `procurement`: runs the procurement and carries its legal accountability. `commissioning`: leads the commissioning (specification, strategy). `contract-holder`: holds the contract. `contract-management`: manages the contract and monitoring day to day. `host`: hosts the consortium or its database. `project-management`: manages the project. `funding`: pays for the procurement.
   */
  role:
    | 'procurement'
    | 'commissioning'
    | 'contract-holder'
    | 'contract-management'
    | 'host'
    | 'project-management'
    | 'funding';
  /**
   * The local authority holding the role, by GSS code.
   */
  authority?: common.LocalAuthority;
  /**
   * A body that is not a local authority, for example 'North East Purchasing Organisation (NEPO)' or 'London Councils'.
   */
  organisation?: string;
  /**
   * Since when, as far as known (Hampshire took over as lead in 2013).
   */
  from?: common.PartialDate;
  /**
   * Until when, for a former holder.
   */
  to?: common.PartialDate;
  /**
   * The arrangement the role is for, by id, when not the whole consortium.
   */
  arrangement?: common.Identifier;
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
   * `member`: a member now (the default). `joining`: about to join (Staffordshire joining Herefordshire and Worcestershire in 2015). `interested`: has expressed interest in joining (East Riding of Yorkshire and North Lincolnshire for White Rose). `former`: has left; give `left` or `leftIn` when known.
   */
  status?: 'member' | 'joining' | 'interested' | 'former';
  /**
   * When the authority joined, where only the month or year is known, for example 2008 for Devon and Torbay joining the Peninsula cost-and-volume contract. Use `joined` for a known day.
   */
  joinedIn?: common.PartialDate;
  /**
   * When the authority left, where only the month or year is known. Use `left` for a known day.
   */
  leftIn?: common.PartialDate;
  /**
   * For an `interested` authority, how far it has gone, in the review's words: `firm` (a firm interest), `active` (an active interest, progressing approval), `early` (an early level of interest).
   */
  interest?: 'firm' | 'active' | 'early';
  /**
   * Anything particular about this authority's membership, for example a reduced subscription.
   */
  notes?: common.Text;
}
/**
 * Authorities the source counts but does not name, for example 'two other authorities withdrew at the time the framework went out to tender' or 'as many as 48 members previously'.
 */
export interface UnnamedAuthorities {
  /**
   * How many authorities, for example 2.
   */
  count: number;
  /**
   * True when the count is an upper bound ('as many as 48').
   */
  countIsMaximum?: boolean;
  /**
   * The same statuses as a named member: `former` for authorities that left or withdrew, `interested` for those interested in joining, `joining`, or `member`.
   */
  status: 'member' | 'joining' | 'interested' | 'former';
  /**
   * For interested authorities: `firm`, `active` or `early`.
   */
  interest?: 'firm' | 'active' | 'early';
  /**
   * The regions they come from, where the source says (one from the Eastern region and one from the South East).
   *
   * @minItems 1
   */
  regions?: [common.Region, ...common.Region[]];
  /**
   * When they left, joined or showed interest, as far as the source says.
   */
  when?: common.PartialDate;
  /**
   * The point in the arrangement's life the change happened, for example 'at the award stage' or 'when the framework went out to tender'.
   */
  stage?: string;
}
/**
 * Another consortium this one relates to, other than the overarching consortium it operates under.
 */
export interface RelatedConsortium {
  /**
   * The other consortium, by document id.
   */
  consortium: common.DocumentReference;
  /**
   * `uses-arrangements-of`: members use its arrangements (East London Solutions uses the North London select list). `shares-monitoring-forms-with`: uses its forms (Cross Regional Project uses CCRAG forms B and C). `works-alongside`: runs in parallel. `overlaps-with`: shares many members. `succeeds` / `succeeded-by`: one replaced the other. `grows-from`: a wider project built on this one (South East Together).
   */
  relation:
    | 'uses-arrangements-of'
    | 'shares-monitoring-forms-with'
    | 'works-alongside'
    | 'overlaps-with'
    | 'succeeds'
    | 'succeeded-by'
    | 'grows-from';
  /**
   * True when the use is free of charge.
   */
  free?: boolean;
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
   * `in-place`: signed and in force. `draft`: written but not yet agreed (White Rose fostering in 2015). `planned`: to be put in place (East Midlands). Leave out when not known.
   */
  agreementStatus?: 'in-place' | 'draft' | 'planned';
  /**
   * When the agreement was made, for example 2008 for the West Sussex and Brighton and Hove memorandum of understanding.
   */
  since?: common.PartialDate;
  /**
   * False when some members have not signed and returned the agreement (CCRAG asked every member to).
   */
  allMembersSigned?: boolean;
  /**
   * True when the partnership is dissolved if any partner leaves (Cross Regional Project), which makes leaving hard once committed.
   */
  dissolvesIfMemberLeaves?: boolean;
  /**
   * Where problems with members are escalated, for example 'regional DCS network'.
   */
  escalation?: string;
  /**
   * The groups that steer, oversee or run the consortium.
   */
  groups?: Group[];
  /**
   * How the agreement works, for example whether it is still in draft, or what happens when a member leaves.
   */
  notes?: common.Text;
}
/**
 * A group that steers, oversees or runs part of the consortium: a strategic commissioning group, a steering group, a contract monitoring group, a contracting group of placement officers.
 */
export interface Group {
  /**
   * The group's name, for example 'White Rose Strategic Commissioning Group' or 'CCRAG steering group'.
   */
  name?: string;
  /**
   * `oversight`: oversees the consortium or sets its work plan. `steering`: steers the partnership. `commissioning`: allocates commissioning work between members. `contract-management`: manages and monitors the contract. `operational`: officers who source placements day to day. `provider-forum`: meets with providers.
   */
  role: 'oversight' | 'steering' | 'commissioning' | 'contract-management' | 'operational' | 'provider-forum';
  /**
   * The authorities in the group, when not every member.
   *
   * @minItems 1
   */
  members?: [common.LocalAuthority, ...common.LocalAuthority[]];
  /**
   * Members who are not local authorities, for example 'CCG Directors of Commissioning'.
   */
  includesOthers?: string;
  /**
   * The authority that chairs the group, for example Leeds for the White Rose contract monitoring and management group.
   */
  chair?: common.LocalAuthority;
  /**
   * How often the chair passes to another member, for example {months: 6} (Cross Regional Project).
   */
  chairRotatesEvery?: common.PeriodOfTime;
  /**
   * How often it meets, for example 4 for quarterly or 8.7 for every six weeks.
   */
  meetingsPerYear?: number;
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
   * What resource there is for managing and monitoring the arrangements once procured: `none` (North Region of the South West), `limited` (South West residential), `funded` (a funded team or post). Leave out when the source does not say.
   */
  ongoingManagement?: 'none' | 'limited' | 'funded';
  /**
   * What members' cash contributions pay for: `procurement`, `contract-management`, `monitoring`, `manager` (a dedicated manager or coordinator post), `database`, `provider-events`, `training`, `legal-and-commercial-support`, `meetings`, `market-development`.
   *
   * @minItems 1
   *
   * Items: One activity paid for.
   */
  funds?: [
    (
      | 'procurement'
      | 'contract-management'
      | 'monitoring'
      | 'manager'
      | 'database'
      | 'provider-events'
      | 'training'
      | 'legal-and-commercial-support'
      | 'meetings'
      | 'market-development'
    ),
    ...(
      | 'procurement'
      | 'contract-management'
      | 'monitoring'
      | 'manager'
      | 'database'
      | 'provider-events'
      | 'training'
      | 'legal-and-commercial-support'
      | 'meetings'
      | 'market-development'
    )[]
  ];
  /**
   * Posts that run the consortium, with their time and cost where known.
   */
  staff?: StaffPost[];
  /**
   * Money from outside the members: a regional body, an overarching consortium, a national programme.
   */
  externalFunding?: ExternalFunding[];
  /**
   * True when costs are divided in proportion (to use, to the services each member takes part in, to looked-after children) rather than equally; the model says to what.
   */
  sharedInProportion?: boolean;
  /**
   * Who receives the members' payments when the amounts are not known: `lead-authority` (an agreed amount paid to the lead, North Region of the South West), `host-organisation` (NEPO's fee), `shared-pot`.
   */
  paidTo?: 'lead-authority' | 'host-organisation' | 'shared-pot';
  /**
   * True when each member pays an agreed, fixed amount (rather than a share that varies), even when the amount is not known.
   */
  fixedAmounts?: boolean;
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
   * The top of a range when the amount is a range, in pounds for the same period: £8,000 to £9,000 a year is `amount: {amount: 8000, per: year}, upTo: 9000`.
   */
  upTo?: common.AmountGBP;
  /**
   * Which members pay this when they are described rather than listed, for example 'a large council in both elements' or 'a small council'.
   */
  appliesTo?: string;
  /**
   * `lead-authority`: paid to the lead (North Region of the South West). `host-organisation`: paid to the host (London Councils, NEPO). `shared-pot`: pooled for the consortium.
   */
  paidTo?: 'lead-authority' | 'host-organisation' | 'shared-pot';
  /**
   * The year the amount is for, for example 2015/16 (CCRAG).
   */
  financialYear?: common.FinancialYear;
  /**
   * True for a single payment (the procurement of a new arrangement) rather than a recurring one; `amount.per` may then be `one-off`.
   */
  once?: boolean;
  /**
   * True when the source gives the amount as an estimate ('roughly £28,000 a year').
   */
  approximate?: boolean;
  /**
   * What the contribution funds, for example 'procurement, a full-time manager and monitoring capacity'.
   */
  covers?: common.Text;
}
/**
 * One post (or team) working for the consortium.
 */
export interface StaffPost {
  /**
   * The post, for example 'Project manager' or 'Contract manager'.
   */
  role: string;
  /**
   * How many people hold this role, for example 3.
   */
  count?: number;
  /**
   * The time, in full-time equivalents, for example 0.5 or 1.5.
   */
  fte?: number;
  /**
   * The authority that employs the post.
   */
  employer?: common.LocalAuthority;
  /**
   * The body that employs the post, when not a local authority.
   */
  employerOrganisation?: string;
  /**
   * True when the members pay for the post together, even though one employs it.
   */
  fundedByMembers?: boolean;
  /**
   * What the post or team costs a year, for example £140,000.
   */
  annualCost?: common.Money;
  /**
   * What the post does.
   *
   * @minItems 1
   *
   * Items: One duty of the post.
   */
  duties?: [
    (
      | 'procurement'
      | 'contract-management'
      | 'monitoring'
      | 'quality-assurance-visits'
      | 'performance-reporting'
      | 'data-and-kpis'
      | 'provider-events'
      | 'project-management'
      | 'market-development'
      | 'strategy'
    ),
    ...(
      | 'procurement'
      | 'contract-management'
      | 'monitoring'
      | 'quality-assurance-visits'
      | 'performance-reporting'
      | 'data-and-kpis'
      | 'provider-events'
      | 'project-management'
      | 'market-development'
      | 'strategy'
    )[]
  ];
}
/**
 * Money from outside the members.
 */
export interface ExternalFunding {
  /**
   * Who pays, for example 'Improvement and Efficiency West Midlands (legacy RIEP funding)', 'Placements North West' or 'DfE Children's Social Care Innovation Programme'.
   */
  funder: string;
  /**
   * The funder, when it is a consortium in the workspace, by document id (Placements North West).
   */
  funderConsortium?: common.DocumentReference;
  /**
   * How much, where known, for example £4,000 once for the Merseyside procurement.
   */
  amount?: common.Money;
  /**
   * What the funding pays for.
   *
   * @minItems 1
   *
   * Items: One activity paid for.
   */
  purposes?: [
    (
      | 'procurement'
      | 'contract-management'
      | 'monitoring'
      | 'manager'
      | 'database'
      | 'provider-events'
      | 'training'
      | 'legal-and-commercial-support'
      | 'meetings'
      | 'market-development'
      | 'innovation-project'
    ),
    ...(
      | 'procurement'
      | 'contract-management'
      | 'monitoring'
      | 'manager'
      | 'database'
      | 'provider-events'
      | 'training'
      | 'legal-and-commercial-support'
      | 'meetings'
      | 'market-development'
      | 'innovation-project'
    )[]
  ];
  /**
   * When the funding ends or is expected to end, for example 2017 for the West Midlands Children's Strategic Commissioning Group.
   */
  until?: common.PartialDate;
  /**
   * The arrangement funded, by id, when not the whole consortium.
   */
  arrangement?: common.Identifier;
}
/**
 * The database or web platform of providers an overarching consortium or partnership runs (London Care Services, the West Midlands Placements Database, the CCRAG Providers' Database).
 */
export interface ProviderDatabase {
  /**
   * The database's name, for example 'West Midlands Placements Database (WMPD)'.
   */
  name: string;
  /**
   * `any-provider`: every provider in England and Wales (WMPD). `qualified-providers`: only providers who pass the consortium's qualification (London Care Services). `members-providers`: providers the members use.
   */
  openTo?: 'any-provider' | 'qualified-providers' | 'members-providers';
  /**
   * What the database holds: `services`, `prices`, `fees`, `vacancies`, `quality-assurance`, `registration-documents`, `inspection-reports`, `ofsted-grades`, `insurance`, `maps-and-distances`, `performance-concerns`.
   *
   * @minItems 1
   *
   * Items: One kind of content.
   */
  holds?: [
    (
      | 'services'
      | 'prices'
      | 'fees'
      | 'vacancies'
      | 'quality-assurance'
      | 'registration-documents'
      | 'inspection-reports'
      | 'ofsted-grades'
      | 'insurance'
      | 'maps-and-distances'
      | 'performance-concerns'
    ),
    ...(
      | 'services'
      | 'prices'
      | 'fees'
      | 'vacancies'
      | 'quality-assurance'
      | 'registration-documents'
      | 'inspection-reports'
      | 'ofsted-grades'
      | 'insurance'
      | 'maps-and-distances'
      | 'performance-concerns'
    )[]
  ];
  /**
   * `search`, `spot-purchase`, `fee-negotiation`, `monitoring`, `checks` (up-to-date documents and checks), `contracting`.
   *
   * @minItems 1
   *
   * Items: One use.
   */
  usedFor?: [
    'search' | 'spot-purchase' | 'fee-negotiation' | 'monitoring' | 'checks' | 'contracting',
    ...('search' | 'spot-purchase' | 'fee-negotiation' | 'monitoring' | 'checks' | 'contracting')[]
  ];
  /**
   * `yes`, `concerns` (the source reports concerns that the information is not current), or `no`.
   */
  keptUpToDate?: 'yes' | 'concerns' | 'no';
  /**
   * When a new database was commissioned or is expected.
   */
  replacement?: common.PartialDate;
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
   * The authorities taking part in this arrangement, when they are not the consortium's members (a predecessor framework with three members, a contract some members do not hold). Each entry is a membership, with dates and status.
   *
   * @minItems 1
   */
  members?: [Membership, ...Membership[]];
  /**
   * The arrangement this one replaced, by its id in this consortium's arrangements (the previous framework).
   */
  predecessor?: common.Identifier;
  /**
   * `each-member-with-each-provider`: every member signs its own contract (or framework agreement) with each provider (West Midlands residential, ER4, South West residential). `lead-for-all`: the lead signs for every member. `lead-holds-contract`: the lead holds a single contract on the members' behalf (a block contract).
   */
  contractSigning?: 'each-member-with-each-provider' | 'lead-for-all' | 'lead-holds-contract';
  /**
   * How the arrangement was procured and in what context.
   */
  procurement?: Procurement;
  /**
   * What the arrangement expressly includes or excludes, and the ages it covers.
   */
  scope?: Scope;
  /**
   * What a provider must have or do to qualify, beyond location.
   */
  eligibility?: ProviderEligibility;
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
   * Whether the arrangement has lots: `false` states it has none ('no lots'); `true` with no `lots` listed says it has lots the source does not describe ('consists of lots and tiers'). Leave out when not known.
   */
  hasLots?: boolean;
  /**
   * What divides the lots: `service-category` (standard, enhanced, parent and child...), `cohort-of-need` (Merseyside), `level-of-need` (ER4), `age`, `size-of-home` (West Midlands residential), `location` (Nottinghamshire and Nottingham City: city, county, both).
   */
  lotBasis?: 'service-category' | 'cohort-of-need' | 'level-of-need' | 'age' | 'size-of-home' | 'location';
  /**
   * Whether the arrangement has tiers: `false` states it has none ('no tiers'); `true` with no tiers listed says it has tiers the source does not describe. Leave out when not known.
   */
  hasTiers?: boolean;
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
   * True when the number of providers or settings is approximate ('approximately 60 settings').
   */
  providerCountApproximate?: boolean;
  /**
   * How many homes or settings are on the arrangement, when counted by setting rather than provider (NE6: about 60).
   */
  settingCount?: number;
  /**
   * How many children are placed through the arrangement (West Sussex and Kent DPS: 300 children in 70 schools).
   */
  placedChildren?: number;
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
   * The top of the range when the expected spend is a range (£50 million to £55 million a year): the amount in pounds a year.
   */
  estimatedAnnualValueUpTo?: common.AmountGBP;
  /**
   * How many new placements members expected to make through the arrangement in a year (North West fostering: 740 in 2014/15).
   */
  expectedPlacements?: number;
  /**
   * The financial year of the expected placements and spend.
   */
  expectedPlacementsYear?: common.FinancialYear;
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
  /**
   * `false` states the arrangement has no suspension protocol; `true` without `suspensionProtocol` says it has one the source does not describe. Leave out when not known.
   */
  hasSuspensionProtocol?: boolean;
  /**
   * How the consortium engages the arrangement's providers beyond forums: annual conversations, events, consultations.
   */
  providerEngagement?: ProviderEngagement;
}
/**
 * How the arrangement was procured and in what context: the regime and procedure, when and by whom, how long it took, and what the source records about the market.
 */
export interface Procurement {
  /**
   * `pcr-2006`: the Public Contracts Regulations 2006. `pcr-2015`: the Public Contracts Regulations 2015 (in force 26 February 2015). `pcr-2015-light-touch`: the 2015 regulations' light-touch regime for social and other specific services (threshold €750,000). `below-threshold`: below the thresholds. Leave out when the source does not say.
   */
  regime?: 'pcr-2006' | 'pcr-2015' | 'pcr-2015-light-touch' | 'below-threshold';
  /**
   * `open`, `restricted`, `competitive-dialogue`, `competitive-with-negotiation`, `light-touch` (a procedure of the authority's own design under the light-touch regime), `select-list` (a rolling select list), `approved-list-application`, `direct-negotiation`.
   */
  procedure?:
    | 'open'
    | 'restricted'
    | 'competitive-dialogue'
    | 'competitive-with-negotiation'
    | 'light-touch'
    | 'select-list'
    | 'approved-list-application'
    | 'direct-negotiation';
  /**
   * When the arrangement was tendered, for example 2013, or {date: 2015-09, qualifier: about}.
   */
  tenderedIn?: common.PartialDate;
  /**
   * The authority that ran the procurement, when not the arrangement lead.
   */
  ledBy?: common.LocalAuthority;
  /**
   * A body that ran the procurement for the members, for example 'North East Purchasing Organisation (NEPO)'.
   */
  conductedBy?: string;
  /**
   * The e-tendering portal used, for example 'Suffolk County Council eTendering system'.
   */
  portal?: string;
  /**
   * True when every member takes part in evaluating the bids (ER4).
   */
  evaluationShared?: boolean;
  /**
   * How many procurements made the arrangement, when more than one (Nottinghamshire and Nottingham City: 2).
   */
  separateProcurements?: number;
  /**
   * How long the procurement took, for example {years: 2} (South Central).
   */
  took?: common.PeriodOfTime;
  /**
   * True when this was the first time the consortium procured this kind of arrangement.
   */
  firstOfItsKind?: boolean;
  /**
   * False when the consortium judged the market not ready for something more formal (Mid Southern).
   */
  marketReady?: boolean;
  /**
   * True when providers were asked for a breakdown of their costs.
   */
  costBreakdownsRequested?: boolean;
  /**
   * True when the consortium knew the acceptable profit element and the average price.
   */
  profitElementKnown?: boolean;
  /**
   * False when the consortium could not agree an outcomes framework with the market.
   */
  outcomesFrameworkAgreed?: boolean;
  /**
   * True when providers challenged the procurement.
   */
  challenged?: boolean;
  /**
   * Who challenged it and how, for example 'independent providers, through the Independent Children's Homes Association'.
   */
  challenge?: string;
  /**
   * `yes`, `no`, or `disputed` (mixed views on whether the issues were resolved).
   */
  challengeResolved?: 'yes' | 'no' | 'disputed';
}
/**
 * What the arrangement covers beyond its services and lots: what it expressly includes or excludes, and the ages.
 */
export interface Scope {
  /**
   * What the arrangement expressly includes, for example `emergency-placements` and `independent-day-schools` (Mid Southern).
   *
   * @minItems 1
   */
  includes?: [ScopeItem, ...ScopeItem[]];
  /**
   * What the arrangement expressly excludes, for example `short-breaks` (most fostering frameworks).
   *
   * @minItems 1
   */
  excludes?: [ScopeItem, ...ScopeItem[]];
  /**
   * The ages covered, for example 0-18 (Tees Valley fostering) or 11-18 (Cross Regional Project).
   */
  ages?: common.AgeBand;
  /**
   * The school key stages covered, for example 'KS3 and above'.
   */
  keyStages?: string;
  /**
   * Other consortia or arrangements that cover what this one excludes, by consortium document id.
   *
   * @minItems 1
   */
  excludedElsewhere?: [common.DocumentReference, ...common.DocumentReference[]];
}
/**
 * What a provider must have or do to qualify for the arrangement, beyond where it is (see `geographicCriteria`).
 */
export interface ProviderEligibility {
  /**
   * Databases the provider must be registered on, by the consortium running them: `west-midlands-placements-database`, `london-care-services`.
   *
   * @minItems 1
   */
  registeredOn?: [common.DocumentReference, ...common.DocumentReference[]];
  /**
   * True when the provider must evidence its Ofsted registration.
   */
  ofstedRegistration?: boolean;
  /**
   * The lowest latest Ofsted judgement accepted, for example `good`.
   */
  minimumOfstedGrade?: common.OfstedOverallEffectiveness;
  /**
   * True when the provider must evidence its Ofsted grade (CCRAG).
   */
  evidenceOfstedGrade?: boolean;
  /**
   * True when the provider must evidence its insurance.
   */
  insurance?: boolean;
  /**
   * True when the arrangement sets minimum standards for entry (ER4).
   */
  minimumStandards?: boolean;
  /**
   * True when the provider must meet a quality standard (London Care Services).
   */
  qualityStandard?: boolean;
  /**
   * The contract the provider must agree to sign, for example 'London Model Contract'.
   */
  signsModelContract?: string;
  /**
   * True when the provider's fees are scrutinised before it is approved.
   */
  feeScrutiny?: boolean;
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
   * When the arrangement started, where only the month or year is known: `2014-04` for 'launched April 2014', `2014` for 'started in 2014'. Use `startDate` for a known day.
   */
  startedIn?: common.PartialDate;
  /**
   * When the arrangement ends, where only the month or year is known: `2017-12`, or `{date: 2018, qualifier: by}` for 'due to expire by 2018'. Use `endDate` for a known day.
   */
  endsIn?: common.PartialDate;
  /**
   * The latest the arrangement could run with every extension ('has the potential to be extended until 2018').
   */
  extendableUntil?: common.PartialDate;
  /**
   * Extensions agreed outside the contract's extension options, for example six months to allow a re-tender.
   *
   * @minItems 1
   */
  extensionsOutsideOptions?: [ExtensionOutsideTheOptions, ...ExtensionOutsideTheOptions[]];
  /**
   * False when the arrangement could not be extended further (the West Midlands fostering framework under the EU procurement rules).
   */
  extensionPossible?: boolean;
  /**
   * Terms that differ by member (Nottinghamshire 7+2+1, Nottingham City 5+3+2).
   *
   * @minItems 1
   */
  byAuthority?: [TermForOneAuthority, ...TermForOneAuthority[]];
  /**
   * Anything else about the term, for example an extension agreed outside the options to allow a re-tender.
   */
  notes?: common.Text;
}
/**
 * An extension agreed outside the contract's extension options.
 */
export interface ExtensionOutsideTheOptions {
  /**
   * How long the extension is, for example {months: 6}.
   */
  period?: common.PeriodOfTime;
  /**
   * The new end date, for example 2014-11-09.
   */
  to?: common.Date;
  /**
   * The new end where only the month or year is known, for example 2017-12.
   */
  toMonth?: common.PartialDate;
  /**
   * `retender`: to allow the arrangement to be re-tendered. `successor-planning`: while future arrangements are planned. `other`.
   */
  reason?: 'retender' | 'successor-planning' | 'other';
}
/**
 * One member's own term, when members' terms differ.
 */
export interface TermForOneAuthority {
  /**
   * The member, by GSS code.
   */
  authority: common.LocalAuthority;
  /**
   * The initial period for this member, for example {years: 7}.
   */
  initialPeriod?: common.PeriodOfTime;
  /**
   * Its extension options, in order.
   */
  extensionOptions?: common.PeriodOfTime[];
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
   * True when the arrangement is re-opened 'as often as needed' rather than at set intervals (Mid Southern).
   */
  reopensAsNeeded?: boolean;
  /**
   * How many times a year it is expected to re-open, as a range: 'probably once or twice a year' is {from: 1, to: 2}.
   */
  reopeningsPerYear?: RangeOfCounts;
  /**
   * True when `reopenInterval` is the longest gap ('opened a minimum of every six months').
   */
  reopenAtLeastEvery?: boolean;
  /**
   * When the arrangement next re-opens to new providers, as announced: a day, or only the month or year (`2016-04`, `{ date: 2016, qualifier: by }`). Leave out when no date is set; NOF then works the next date out from the start and `reopenInterval` where it can, and says so.
   */
  nextReopening?: common.PartialDate;
  /**
   * True when a provider may apply to move to another tier when the arrangement re-opens (West Sussex and Brighton and Hove).
   */
  tierChangeOnReopening?: boolean;
  /**
   * Whether providers may resubmit prices when it re-opens (West Sussex and Brighton and Hove: not at the annual opening).
   */
  priceRefreshOnReopening?: boolean;
  /**
   * True when providers on the arrangement may add and remove homes during its life through a set process (White Rose residential).
   */
  providersMayChangeSettings?: boolean;
  /**
   * False when enquiries from authorities wanting to join are not encouraged (ER4: no funding to absorb new members).
   */
  newAuthoritiesEncouraged?: boolean;
  /**
   * Anything else about joining or leaving, for example 'providers may add and remove homes through a predetermined process'.
   */
  notes?: common.Text;
}
/**
 * A range of whole numbers, inclusive at both ends, for example 1 to 2.
 */
export interface RangeOfCounts {
  /**
   * The smallest number.
   */
  from: number;
  /**
   * The largest number.
   */
  to: number;
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
   */
  categories?: [LotCategory, ...LotCategory[]];
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
   * True when prices in the lot differ by age band; false when they do not.
   */
  pricedByAgeBand?: boolean;
  /**
   * The number of beds in homes in this lot, for lots based on the size of home: {from: 1, to: 1} for solo homes.
   */
  homeSize?: RangeOfCounts;
  /**
   * How many tiers the lot has when they are not listed one by one (Greater Manchester: 3 or 1).
   */
  tierCount?: number;
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
   * Every basis providers were placed on this tier by, where they combine: `price`, `quality`, `value-for-money`, `local-capacity` (scored on capacity in each authority, North Region of the South West), `management-presence`, `distance`, `other`.
   *
   * @minItems 1
   *
   * Items: One basis.
   */
  allocationBases?: [
    'price' | 'quality' | 'value-for-money' | 'local-capacity' | 'management-presence' | 'distance' | 'other',
    ...(
      | 'price'
      | 'quality'
      | 'value-for-money'
      | 'local-capacity'
      | 'management-presence'
      | 'distance'
      | 'other'
    )[]
  ];
  /**
   * True when the tier has no cap on providers ('unlimited number of providers at tier 2'); leave `maximumProviders` out then.
   */
  unlimitedProviders?: boolean;
  /**
   * The service this tier applies to, when an arrangement without lots tiers two services differently (West Sussex and Brighton and Hove: 10 fostering agencies and 5 residential providers at tier 1).
   */
  service?: common.Service;
  /**
   * How many providers are on the tier, when they are not listed.
   */
  providerCount?: number;
  /**
   * True when most of the arrangement's providers are on this tier ('the bulk of providers are in tier 1').
   */
  holdsMostProviders?: boolean;
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
  method?: common.CallOffMethod;
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
   * Every method the procedure combines, in the order they apply, when it is more than one: a request sent to all tiers at once whose tier-1 responses are considered first, in effect a mini competition, is `[all-tiers-at-once, mini-competition]` with `tierOrderOfConsideration: true`.
   *
   * @minItems 2
   */
  methods?: [common.CallOffMethod, common.CallOffMethod, ...common.CallOffMethod[]];
  /**
   * True when responses are considered tier by tier (tier 1 first) even though every tier is approached at once.
   */
  tierOrderOfConsideration?: boolean;
  /**
   * What decides the award of a placement: `price`, `quality`, `outcomes` (for example Every Child Matters outcomes), `location`, `matching` (the most appropriate provider).
   *
   * @minItems 1
   *
   * Items: One criterion.
   */
  awardCriteria?: [
    'price' | 'quality' | 'outcomes' | 'location' | 'matching',
    ...('price' | 'quality' | 'outcomes' | 'location' | 'matching')[]
  ];
  /**
   * True when the placement's lot or price group (standard or enhanced) is decided before the request goes out.
   */
  categoryChosenBeforeRequest?: boolean;
  /**
   * Other arrangements whose providers are approached only after this one's (Peninsula cost and volume before the Peninsula framework).
   *
   * @minItems 1
   */
  approachedBefore?: [ArrangementReference, ...ArrangementReference[]];
  /**
   * True when the price of each placement is negotiated, starting from the arrangement price.
   */
  priceNegotiatedPerPlacement?: boolean;
  /**
   * True when members go off the arrangement when it cannot meet a need (East Midlands: 'local authorities do go off framework if they do not get what they need').
   */
  offArrangementWhenUnmet?: boolean;
  /**
   * The terms spot placements use, for example 'national contract in its official form'.
   */
  spotPurchaseTerms?: string;
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
/**
 * An arrangement of a consortium, by the consortium's document id and the arrangement's id.
 */
export interface ArrangementReference {
  /**
   * The consortium, by document id.
   */
  consortium: common.DocumentReference;
  /**
   * The arrangement, by its id in that consortium.
   */
  arrangement: common.Identifier;
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
   * Groups a price is set for when they are not lots: 'standard / complex / parent and child' (North Region of the South West), 'solo / sibling / three or more' (Bedford and Luton enhanced placements).
   *
   * @minItems 1
   */
  priceGroups?: [PriceGroup, ...PriceGroup[]];
  /**
   * Whether prices differ by age where there are no lots: true when providers price by age band (give the bands in `ageBands`), false for 'no differences in payment for age'.
   */
  pricedByAgeBand?: boolean;
  /**
   * The age bands prices are given for, where there are no lots.
   *
   * @minItems 1
   */
  ageBands?: [common.AgeBand, ...common.AgeBand[]];
  /**
   * Each provider's tendered prices.
   *
   * @minItems 1
   */
  tenderedPrices?: [TenderedPrice, ...TenderedPrice[]];
  /**
   * True when the prices providers quote are the most they may charge, and may be lowered (West Sussex and Brighton and Hove).
   */
  providerPricesAreMaximum?: boolean;
  /**
   * True when a provider's price is the same whatever its tier or the authority (North Region of the South West).
   */
  sameAcrossTiersAndAuthorities?: boolean;
  /**
   * True when providers may change their prices where the members agree.
   */
  priceChangeByAgreement?: boolean;
  /**
   * Since when prices have been held without uplift, for example 2011 (NE7) or 2008.
   */
  frozenSince?: common.PartialDate;
  /**
   * How long prices were held after the first period, through negotiation (North Region of the South West: the first two years' prices held for the next two).
   */
  heldFor?: common.PeriodOfTime;
  /**
   * True when add-ons may be bought within the contract.
   */
  addOnsPurchasable?: boolean;
  /**
   * True when providers must give a breakdown of their costs.
   */
  breakdownRequired?: boolean;
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
/**
 * A group a price is set for, without being a lot.
 */
export interface PriceGroup {
  /**
   * Kebab-case id, unique in the arrangement, for example `enhanced-solo`.
   */
  id: common.Identifier;
  /**
   * The group's name, for example 'Enhanced: solo placement'.
   */
  name: string;
  /**
   * The lot categories the group corresponds to.
   *
   * @minItems 1
   */
  categories?: [LotCategory, ...LotCategory[]];
  /**
   * The age bands priced within the group.
   *
   * @minItems 1
   */
  ageBands?: [common.AgeBand, ...common.AgeBand[]];
  /**
   * What makes a placement fall in this group, for example 'three or more children placed together'.
   */
  criteria?: string;
}
/**
 * One provider's tendered price for a lot, price group or age band.
 */
export interface TenderedPrice {
  /**
   * The provider, by its ProviderProfile document id.
   */
  provider: common.DocumentReference;
  /**
   * The lot the price is for, by id in this arrangement.
   */
  lot?: common.Identifier;
  /**
   * The price group the price is for, by id in this arrangement.
   */
  priceGroup?: common.Identifier;
  /**
   * The age band the price is for.
   */
  ageBand?: common.AgeBand;
  /**
   * The authority the price is offered to, when providers price per authority (ER4).
   */
  forAuthority?: common.LocalAuthority;
  /**
   * The price, for example £820 a week.
   */
  price: common.Money;
  /**
   * The date the price applies from.
   */
  from?: common.Date;
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
   * Each member's allocation of the places.
   *
   * @minItems 1
   */
  allocations?: [AllocationOfPlaces, ...AllocationOfPlaces[]];
  /**
   * True when places have been reallocated between partners during the contract.
   */
  reallocated?: boolean;
  /**
   * The share of places filled, for example 95.
   */
  occupancyPercent?: common.Percentage;
  /**
   * How many new homes the contract led to (Cross Regional Project: 6).
   */
  newHomes?: number;
  /**
   * Other places bought with the block, such as a school.
   *
   * @minItems 1
   */
  linkedProvision?: [LinkedProvision, ...LinkedProvision[]];
  /**
   * True when the places are new provision rather than existing places.
   */
  newProvision?: boolean;
  /**
   * Anything else about the places, for example how they are allocated between members.
   */
  notes?: common.Text;
}
/**
 * One member's share of the block places.
 */
export interface AllocationOfPlaces {
  /**
   * The member, by GSS code.
   */
  authority: common.LocalAuthority;
  /**
   * How many places it has, for example 7 for Buckinghamshire.
   */
  places: number;
}
/**
 * Other provision bought with the block places, such as a school.
 */
export interface LinkedProvision {
  /**
   * `special-school`, `school`, `therapeutic-service`, `other`.
   */
  kind: 'special-school' | 'school' | 'therapeutic-service' | 'other';
  /**
   * What it is, for example 'special EBD school'.
   */
  name?: string;
  /**
   * How many places it has, for example 24.
   */
  places?: number;
  /**
   * How many of its places are linked to the block places, for example 20.
   */
  linkedPlaces?: number;
  /**
   * How many are day places, for example 4.
   */
  dayPlaces?: number;
  /**
   * Where it is, for example 'High Wycombe, Buckinghamshire'.
   */
  location?: string;
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
   * Whether the consortium monitors contracts centrally: `false` states there is none ('no central monitoring of individual contracts').
   */
  centralMonitoring?: boolean;
  /**
   * How monitoring is practised: `informal-sharing` (findings shared informally), `formal-sharing` (shared on a standard form), `provider-self-assessment` (relies on it), `relies-on-ofsted`, `by-exception`, `annual-compliance-check`, `database-registration` (registration on a regional database is a condition and keeps documents and checks current), `risk-based` (effort where the risk is), `annual-data-collection` (the lead collects data such as carer capacity from providers), `quarterly-performance-reports`, `telephone-conferences`, `provider-portal` (providers upload performance information), `child-outcome-reviews` (members meet providers to review their children's outcomes), `logs-concerns`, `mediation` (the lead mediates between commissioner and provider), `monitors-outside-region`, `joint-visits`.
   *
   * @minItems 1
   *
   * Items: One practice.
   */
  practices?: [
    (
      | 'informal-sharing'
      | 'formal-sharing'
      | 'provider-self-assessment'
      | 'relies-on-ofsted'
      | 'by-exception'
      | 'annual-compliance-check'
      | 'database-registration'
      | 'risk-based'
      | 'annual-data-collection'
      | 'quarterly-performance-reports'
      | 'telephone-conferences'
      | 'provider-portal'
      | 'child-outcome-reviews'
      | 'logs-concerns'
      | 'mediation'
      | 'monitors-outside-region'
      | 'joint-visits'
    ),
    ...(
      | 'informal-sharing'
      | 'formal-sharing'
      | 'provider-self-assessment'
      | 'relies-on-ofsted'
      | 'by-exception'
      | 'annual-compliance-check'
      | 'database-registration'
      | 'risk-based'
      | 'annual-data-collection'
      | 'quarterly-performance-reports'
      | 'telephone-conferences'
      | 'provider-portal'
      | 'child-outcome-reviews'
      | 'logs-concerns'
      | 'mediation'
      | 'monitors-outside-region'
      | 'joint-visits'
    )[]
  ];
  /**
   * How providers are shared out for monitoring: `use` (by members' use of them), `location`, `location-and-use`, `equal-share` (so many homes each), `where-children-placed` (each member monitors where its own children are).
   */
  allocationBasis?: 'use' | 'location' | 'location-and-use' | 'equal-share' | 'where-children-placed';
  /**
   * How many homes or settings each member monitors, for example 10 (NE6).
   */
  settingsPerAuthority?: number;
  /**
   * The resource for monitoring as the source judges it: `none`, `limited`, `just-adequate`, `adequate`.
   */
  capacity?: 'none' | 'limited' | 'just-adequate' | 'adequate';
  /**
   * Problems the source records: `duplication`, `inconsistent-between-members` (members monitor very differently), `late-returns` (members do not submit to time or specification), `lead-overstretched` (the lead spends more than is paid for), `information-out-of-date`, `heavier-for-small-members`.
   *
   * @minItems 1
   *
   * Items: One issue.
   */
  issues?: [
    (
      | 'duplication'
      | 'inconsistent-between-members'
      | 'late-returns'
      | 'lead-overstretched'
      | 'information-out-of-date'
      | 'heavier-for-small-members'
    ),
    ...(
      | 'duplication'
      | 'inconsistent-between-members'
      | 'late-returns'
      | 'lead-overstretched'
      | 'information-out-of-date'
      | 'heavier-for-small-members'
    )[]
  ];
  /**
   * How many reviews of a specific provision a year, for example 1 for an annual review of therapeutic provision.
   */
  reviewsPerYear?: number;
  /**
   * How many monitoring meetings with the provider a year, for example 4 for quarterly.
   */
  meetingsPerYear?: number;
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
   */
  triggers: [common.SuspensionTrigger, ...common.SuspensionTrigger[]];
  /**
   * What happens on suspension, for example 'no new referrals until the concern is resolved; existing placements reviewed'.
   */
  action?: common.Text;
}
/**
 * How the consortium engages the providers on an arrangement.
 */
export interface ProviderEngagement {
  /**
   * True when each provider has an annual conversation or review meeting with its link authority (NE7's Annual Conversation).
   */
  annualConversations?: boolean;
  /**
   * Provider events a year other than forums, for example 2.
   */
  eventsPerYear?: number;
  /**
   * `lead-authority`, `host-organisation`, `overarching-consortium` (Placements North West), `jointly` (planned and chaired with providers).
   */
  forumsRun?: 'lead-authority' | 'host-organisation' | 'overarching-consortium' | 'jointly';
  /**
   * True when the number of forums a year is approximate ('about three times a year', 'once or twice a year').
   */
  forumsApproximate?: boolean;
  /**
   * True when the forum is held before the annual refresh.
   */
  forumsBeforeRefresh?: boolean;
  /**
   * Whether care staff take part in provider events (South Central: they do not).
   */
  careStaffAttend?: boolean;
  /**
   * True when operations managers attend alongside commissioning and procurement staff (Kent and Medway).
   */
  operationsManagersAttend?: boolean;
  /**
   * True when providers are consulted on the arrangement (a provider engagement event to scope a new contract).
   */
  consultations?: boolean;
  /**
   * What was developed together with providers, for example 'voluntary staying put agreement'.
   *
   * @minItems 1
   */
  codesigned?: [string, ...string[]];
}
/**
 * A saving the consortium reports or estimates: cashable (money not spent), non-cashable (costs avoided or time saved), with its amount or percentage, for whom, over which period, and how it was worked out.
 */
export interface Saving {
  /**
   * `cashable`: money no longer spent. `non-cashable`: a real saving that releases no cash (shared work, frozen prices). `cost-avoidance`: a rise that did not happen. `efficiency`: what the consortium calls an efficiency saving.
   */
  type: 'cashable' | 'non-cashable' | 'cost-avoidance' | 'efficiency';
  /**
   * The saving in pounds and per what, for example £200,000 a year or £500 a week per placement.
   */
  amount?: common.Money;
  /**
   * The top of the range when the saving is given as a range (£35,000 to £45,000 a year).
   */
  amountUpTo?: common.AmountGBP;
  /**
   * The saving as a percentage, for example 6 or 4.5.
   */
  percent?: common.Percentage;
  /**
   * The top of a percentage range (a 4 to 5% discount).
   */
  percentUpTo?: common.Percentage;
  /**
   * What the percentage is of: `placement-costs`, `placements-budget`, `contract-prices`, `previous-arrangement` (against continuing the previous arrangements).
   */
  percentOf?: 'placement-costs' | 'placements-budget' | 'contract-prices' | 'previous-arrangement';
  /**
   * True when the figure is a floor ('over £1 million', 'never fallen below 4%').
   */
  minimum?: boolean;
  /**
   * `total`: across every member. `per-authority`: for the one authority named. `per-placement`: for each placement. `per-large-authority`: for a large member (as the review gives East Midlands monitoring savings).
   */
  scope?: 'total' | 'per-authority' | 'per-placement' | 'per-large-authority';
  /**
   * The authority the saving is for, when `per-authority`.
   */
  authority?: common.LocalAuthority;
  /**
   * The start of the period the saving covers.
   */
  from?: common.PartialDate;
  /**
   * The end of the period the saving covers.
   */
  to?: common.PartialDate;
  /**
   * The length of the period when its dates are not given (37 weeks; 'the first three years').
   */
  period?: common.PeriodOfTime;
  /**
   * The number of weeks the saving covers, when counted in weeks (Worcestershire: 37 weeks).
   */
  weeks?: number;
  /**
   * `basket-comparison`: a basket of recent placements compared with a similar basket under the previous arrangement (ER4). `before-after-average`: average costs before and after the framework (White Rose). `spot-price-comparison`: against spot prices for similar placements (NE7). `discount-realised`: the cost-and-volume discount achieved (East Midlands, Peninsula). `price-freeze`: uplifts not paid (NE7's 2% a year compounded). `bed-cost-comparison`: average bed cost against the block price (Nottinghamshire and Nottingham City). `previous-arrangement-estimate`: against estimates of continuing the previous arrangements. `not-calculated`: a belief without a calculation.
   */
  method?:
    | 'basket-comparison'
    | 'before-after-average'
    | 'spot-price-comparison'
    | 'discount-realised'
    | 'price-freeze'
    | 'bed-cost-comparison'
    | 'previous-arrangement-estimate'
    | 'not-calculated'
    | 'other';
  /**
   * What the saving is measured against, for example 'placements made under ER5 and on spot arrangements'.
   */
  baseline?: string;
  /**
   * True when the figure is an estimate rather than an account.
   */
  estimated?: boolean;
  /**
   * True when the figure is a part-year saving scaled to a year.
   */
  annualised?: boolean;
  /**
   * Where the saving came from: `prices`, `discount`, `price-freeze`, `shared-monitoring`, `shared-procurement`, `contract-management` (tighter control of additional costs), `placement-mix` (fewer residential placements), `local-provision`.
   */
  source?:
    | 'prices'
    | 'discount'
    | 'price-freeze'
    | 'shared-monitoring'
    | 'shared-procurement'
    | 'contract-management'
    | 'placement-mix'
    | 'local-provision';
  /**
   * The arrangement the saving comes from, by id.
   */
  arrangement?: common.Identifier;
}
/**
 * Whether the consortium has evaluated something (its savings, its benefits, the placement decisions made under it), how, and when: 'has not evaluated savings' is a fact as much as a figure is.
 */
export interface Evaluation {
  /**
   * `savings`, `benefits` (benefits and shortfalls), `value-for-money`, `placement-decisions` (whether cheaper placements met needs), `monitoring` (asked providers how monitoring works), `arrangement` (a review of the framework).
   */
  subject: 'savings' | 'benefits' | 'value-for-money' | 'placement-decisions' | 'monitoring' | 'arrangement';
  /**
   * `not-done` (none has been done), `not-planned` (none done and none planned), `planned`, `in-progress`, `done`, `informal` (a view formed from members' own information, not a formal evaluation).
   */
  status: 'not-done' | 'not-planned' | 'planned' | 'in-progress' | 'done' | 'informal';
  /**
   * True for an independent evaluation.
   */
  independent?: boolean;
  /**
   * When it was done or is expected, for example 2016 for a view expected in 12 months.
   */
  when?: common.PartialDate;
  /**
   * The arrangement evaluated, by id.
   */
  arrangement?: common.Identifier;
  /**
   * What it found, in brief.
   */
  finding?: common.Text;
}
/**
 * A benefit or impact the source credits to the consortium, with what it was measured by where it says.
 */
export interface Benefit {
  /**
   * `wider-provider-pool`, `less-bureaucracy`, `market-knowledge`, `collaboration`, `sufficiency`, `quality`, `placement-mix` (for example fewer residential placements), `local-provision`, `price-convergence` (members pay alike), `consistency` (a seamless approach between members), `provider-relationships`, `savings`, `lower-prices-off-arrangement` (providers outside the contract lowered their prices), `other`.
   */
  category:
    | 'wider-provider-pool'
    | 'less-bureaucracy'
    | 'market-knowledge'
    | 'collaboration'
    | 'sufficiency'
    | 'quality'
    | 'placement-mix'
    | 'local-provision'
    | 'price-convergence'
    | 'consistency'
    | 'provider-relationships'
    | 'savings'
    | 'lower-prices-off-arrangement'
    | 'other';
  /**
   * The benefit in a line, for example 'Residential placements fell by over half in four years'.
   */
  summary?: string;
  /**
   * What the benefit was measured by, with the values before and after where the source gives them.
   */
  measure?: Measure;
  /**
   * `consortium`: the consortium reports it. `members`: members believe it. `providers`: providers say so. `judged-achieved`: an objective judged to have been achieved.
   */
  view?: 'consortium' | 'members' | 'providers' | 'judged-achieved';
  /**
   * True for a benefit the consortium did not aim for.
   */
  unexpected?: boolean;
  /**
   * The arrangement the benefit comes from, by id.
   */
  arrangement?: common.Identifier;
}
/**
 * A quantity measured at two points, for example residential placements from 90 to 40 over four years.
 */
export interface Measure {
  /**
   * What was counted, for example 'residential placements'.
   */
  indicator: string;
  /**
   * The value at the start.
   */
  from?: number;
  /**
   * The value at the end.
   */
  to?: number;
  /**
   * The change as a percentage, negative for a fall (-50 for 'fell over 50%').
   */
  changePercent?: number;
  /**
   * The time the change took, for example {years: 4}.
   */
  over?: common.PeriodOfTime;
}
/**
 * What is planned or expected next: a merger, a re-tender, a pilot becoming a formal tender, an expiry, a successor being procured, members joining.
 */
export interface Plan {
  /**
   * `merger` (arrangements merging, for example into a region-wide framework), `retender`, `successor-procurement` (a successor being procured), `formal-tender` (a pilot moving to a formal tender), `expiry`, `extension`, `new-arrangement`, `new-members`, `review`, `wider-arrangement` (a wider regional arrangement), `structure-change` (for example removing tiers), `new-system` (a new database), `agreement` (a partnership agreement to be put in place), `service-continuation` (whether a service will continue), `other`.
   */
  type:
    | 'merger'
    | 'retender'
    | 'successor-procurement'
    | 'formal-tender'
    | 'expiry'
    | 'extension'
    | 'new-arrangement'
    | 'new-members'
    | 'review'
    | 'wider-arrangement'
    | 'structure-change'
    | 'new-system'
    | 'agreement'
    | 'service-continuation'
    | 'other';
  /**
   * The plan in a line, for example 'Fostering frameworks may merge into a West Midlands wide framework'.
   */
  summary?: string;
  /**
   * When it is expected, as far as known: 2016, or {date: 2018, qualifier: by}.
   */
  expected?: common.PartialDate;
  /**
   * `decided`: agreed. `expected`: anticipated. `possible`: 'it is possible that'. `under-discussion`: discussions are taking place.
   */
  certainty?: 'decided' | 'expected' | 'possible' | 'under-discussion';
  /**
   * The arrangements the plan concerns, by id.
   *
   * @minItems 1
   */
  arrangements?: [common.Identifier, ...common.Identifier[]];
  /**
   * The authorities the plan concerns, for example those expected to join.
   *
   * @minItems 1
   */
  authorities?: [common.LocalAuthority, ...common.LocalAuthority[]];
  /**
   * Other consortia the plan concerns, by document id.
   *
   * @minItems 1
   */
  consortia?: [common.DocumentReference, ...common.DocumentReference[]];
  /**
   * Services or placement types the plan adds to the scope.
   *
   * @minItems 1
   */
  scopeAdds?: [ScopeItem, ...ScopeItem[]];
}
/**
 * Where the source's sections disagree (section 3 against Appendix 1 of the 2015 review, say): what each says, as values for the field concerned, and which the document follows.
 */
export interface DiscrepancyBetweenSources {
  /**
   * The JSON pointer, inside `spec`, of the field the sources disagree on, for example `/arrangements/0/awardWeighting`.
   */
  field: string;
  /**
   * What each source says, one entry per source.
   *
   * @minItems 2
   */
  readings: [Reading, Reading, ...Reading[]];
  /**
   * The source the document's field follows, as named in the readings (for example 'Appendix 1'), or 'neither' when it records neither.
   */
  followed: string;
}
/**
 * What one source says.
 */
export interface Reading {
  /**
   * The part of the source, for example 'section 3.2.3' or 'Appendix 1'.
   */
  source: string;
  /**
   * What it says, as a value for the field (a number, a date, a list, an object).
   */
  value: string | number | boolean | unknown[] | {};
}
