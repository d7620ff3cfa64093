/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from './common.js';
/**
 * One piece of contract monitoring of a provider's setting: a visit, a desk review or an annual conversation, by which authority and on whose behalf, under which consortium arrangement, with its findings by area (each with the evidence it rests on, such as Ofsted, Regulation 44 reports or the provider's self-assessment) and the actions agreed. The 2015 review found providers monitored by several members of the same consortium while others were barely visited: a shared record shows both.
 */
export interface MonitoringVisit {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: common.JSONSchema;
  /**
   * The NOF schema version this document is written against. Always `nof/v1` for this schema.
   */
  apiVersion: 'nof/v1';
  /**
   * The kind of document: always `MonitoringVisit` for this schema.
   */
  kind: 'MonitoringVisit';
  /**
   * The document's id, name, owner and sharing.
   */
  metadata: common.Metadata;
  /**
   * The monitoring done, its findings and actions.
   */
  spec: MonitoringVisit1;
}
/**
 * Who monitored which setting, when, how and for whom, what they found and what was agreed.
 */
export interface MonitoringVisit1 {
  /**
   * The provider monitored, by its provider profile.
   */
  provider: common.DocumentReference;
  /**
   * The registered setting monitored (a children's home, or a fostering agency's registration). Leave out when the monitoring covered every setting of the provider, as an annual conversation with a provider often does.
   */
  setting?: Setting;
  /**
   * The consortium the monitoring was done for, when it was done under a consortium's arrangement rather than by an authority for itself alone.
   */
  consortium?: common.DocumentReference;
  /**
   * The id of the consortium's arrangement (framework, DPS, approved list...) the provider was monitored under; its `monitoring.visitsPerYear` sets how often each setting should be visited.
   */
  arrangement?: common.Identifier;
  /**
   * The local authority whose officer did the monitoring, by GSS code: the link officer's authority, or the lead authority for a central monitoring team.
   */
  visitingAuthority: common.LocalAuthority;
  /**
   * The role of the person who monitored, for example 'Contracts officer' or 'Quality assurance officer'. Never a name.
   */
  visitorRole?: string;
  /**
   * The authorities the monitoring was done for besides the visiting authority: every member of the consortium (a link officer or central team monitors for all), or those named. Leave out when the visiting authority monitored for itself alone.
   */
  onBehalfOf?: OnBehalfOf;
  /**
   * The day of the visit or conversation, or the day a desk review was completed.
   */
  date: common.Date;
  /**
   * `visit`: an announced visit to the setting. `unannounced-visit`: a visit without notice. `desk-review`: a review of documents and data without visiting (Ofsted reports, Regulation 44 and 45 reports, returns). `annual-conversation`: the yearly meeting with the provider that NE7 chairs through its link officer. `provider-meeting`: another meeting with the provider, such as a quarterly contract meeting. Only visits count as visiting a setting.
   */
  type: 'visit' | 'unannounced-visit' | 'desk-review' | 'annual-conversation' | 'provider-meeting';
  /**
   * The monitoring template used, so that members can see whether they monitor alike (the review found members of one consortium using different templates; CCRAG members use its forms B and C).
   */
  template?: Template;
  /**
   * What was found, area by area, each with the evidence it rests on.
   */
  findings?: Finding[];
  /**
   * The overall conclusion: `no-concerns`, `improvements-needed` (actions agreed), `serious-concerns` (escalated to the consortium or the placing authorities), or `suspension-recommended` (the consortium's suspension protocol should be considered).
   */
  conclusion?: 'no-concerns' | 'improvements-needed' | 'serious-concerns' | 'suspension-recommended';
  /**
   * What was agreed to be done, by whom and by when.
   */
  actions?: Action[];
  /**
   * When the setting is next to be monitored, as agreed at this visit.
   */
  nextDue?: common.Date;
  /**
   * Anything else about the monitoring. Describe the service, never a child.
   */
  notes?: common.Text;
}
/**
 * The registered setting monitored, by its Ofsted URN.
 */
export interface Setting {
  /**
   * The Ofsted unique reference number of the setting; it must be one of the settings in the provider's profile.
   */
  ofstedUrn: common.OfstedURN;
}
/**
 * The authorities the monitoring was done for: every member of the consortium, or those listed.
 */
export interface OnBehalfOf {
  /**
   * True when the monitoring was done for every member of the consortium named in `consortium` (link officers and central teams monitor for all).
   */
  allMembers?: boolean;
  /**
   * The authorities the monitoring was done for, by GSS code, when not every member.
   *
   * @minItems 1
   */
  authorities?: [common.LocalAuthority, ...common.LocalAuthority[]];
}
/**
 * A monitoring template by name and version.
 */
export interface Template {
  /**
   * The template's name, for example 'White Rose contract monitoring template' or 'CCRAG form B'.
   */
  name: string;
  /**
   * The template's version, for example '2014'.
   */
  version?: string;
}
/**
 * What was found in one area, how it was judged, and the evidence it rests on.
 */
export interface Finding {
  /**
   * The area of the service: `safeguarding`, `quality-of-care`, `leadership-and-management`, `staffing`, `education`, `health`, `placement-stability`, `outcomes` (children's progress against their placement outcomes), `premises`, `complaints` (complaints and concerns), `missing-from-care`, `contract-compliance` (the contract's terms, returns and invoices), or `other`.
   */
  area:
    | 'safeguarding'
    | 'quality-of-care'
    | 'leadership-and-management'
    | 'staffing'
    | 'education'
    | 'health'
    | 'placement-stability'
    | 'outcomes'
    | 'premises'
    | 'complaints'
    | 'missing-from-care'
    | 'contract-compliance'
    | 'other';
  /**
   * What the finding rests on: `ofsted` (Ofsted inspection reports and judgements), `regulation-44` (the independent person's monthly visit reports for a children's home), `regulation-45` (the registered manager's review of the quality of care), `self-assessment` (the provider's own), `visit` (seen or heard on this visit), `records` (files and records examined), `feedback` (from children, families, social workers or IROs), `performance-data` (returns and KPIs), or `other`. The review asked that monitoring use Ofsted information and not duplicate it.
   *
   * @minItems 1
   *
   * Items: One source of evidence.
   */
  evidence: [
    (
      | 'ofsted'
      | 'regulation-44'
      | 'regulation-45'
      | 'self-assessment'
      | 'visit'
      | 'records'
      | 'feedback'
      | 'performance-data'
      | 'other'
    ),
    ...(
      | 'ofsted'
      | 'regulation-44'
      | 'regulation-45'
      | 'self-assessment'
      | 'visit'
      | 'records'
      | 'feedback'
      | 'performance-data'
      | 'other'
    )[]
  ];
  /**
   * How the area was judged: `strength`, `meets-requirements`, `improvement-needed` or `serious-concern`.
   */
  rating: 'strength' | 'meets-requirements' | 'improvement-needed' | 'serious-concern';
  /**
   * What was found, in a sentence or two. Describe the service, never an individual child.
   */
  summary?: string;
}
/**
 * One action agreed at the monitoring, with who does it and by when.
 */
export interface Action {
  /**
   * What is to be done, for example 'Send the updated missing-from-care policy'. Describe the service, never a child.
   */
  description: string;
  /**
   * Who does it: the `provider`, the `visiting-authority`, the `consortium` (its lead or central team), or the `placing-authority` of the children concerned.
   */
  owner: 'provider' | 'visiting-authority' | 'consortium' | 'placing-authority';
  /**
   * The date the action is due by.
   */
  due: common.Date;
  /**
   * `open` (the default), `completed` (give `completedOn`) or `cancelled`.
   */
  status?: 'open' | 'completed' | 'cancelled';
  /**
   * The date the action was completed.
   */
  completedOn?: common.Date;
}
