import type { Kind } from '@nof/schemas';

/**
 * The body of a new document of each kind (after the modeline): the fewest fields its schema
 * requires, with placeholder values that pass the schema, and a comment on each section saying
 * what it is for. `ID` is replaced by the document's id and `<<values /pointer>>` by every value the
 * schema allows there. Authority codes are the placeholder E06000000 and references name no
 * document, so that NOF reports each until it is replaced: none may pass for a real one.
 */
export const TEMPLATES: Record<Kind, string> = {
  Consortium: `apiVersion: nof/v1
kind: Consortium
# Who this document is and who may read it (<<values /metadata/sharing>>):
# \`sharing: public\` lets providers see the terms.
metadata:
  id: ID
  name: New consortium
  sharing: public
spec:
  # <<values /spec/type>>.
  type: sub-regional
  # The authority that leads procurement; it must also be listed under members.
  leadAuthority: E06000000  # placeholder: your lead's GSS code, for example E08000035 for Leeds
  # Every member local authority, by its ONS GSS code (the local-authorities codelist).
  members:
    - authority: E06000000  # placeholder: a member's GSS code
  # The frameworks, lists and contracts the consortium runs: add lots, tiers, term, call-off,
  # pricing, monitoring, and the variations made to the national contract with their rationale.
  arrangements:
    - id: framework
      # <<values /spec/arrangements/0/type>>.
      type: framework-agreement
`,
  NationalContract: `apiVersion: nof/v1
kind: NationalContract
metadata:
  id: ID
  name: New national contract edition
  sharing: public
spec:
  title: National Contract
  # The service the contract is written for: <<values /spec/service>>.
  service: fostering
  edition: "1.0"
  # <<values /spec/status>>.
  status: current
  # Sections and their clauses: consortia record their variations against these clause ids.
  sections:
    - id: general
      title: General
      clauses:
        - id: definitions
          title: Definitions and interpretation
  # The schedules; the one each placement is made on is marked as the placement agreement.
  schedules:
    - id: individual-placement-agreement
      number: 4
      title: Individual Placement Agreement
      isPlacementAgreement: true
`,
  NeedsOutcomesFramework: `apiVersion: nof/v1
kind: NeedsOutcomesFramework
metadata:
  id: ID
  name: New needs and outcomes framework
  sharing: public
spec:
  frameworkVersion: "1.0"
  # Need domains: each with levels from standard provision upwards, used in placement requests
  # and agreements to say how much support a child needs.
  needDomains:
    - id: health
      name: Health
      description: Physical and mental health, development and wellbeing.
      levels:
        - level: 1
          label: Standard
          descriptor: Needs the routine health care every child has.
  # Outcome domains and their measurable indicators: agreements set targets on them and
  # outcome trackers record progress.
  outcomeDomains:
    - id: be-healthy
      name: Be healthy
      description: The child is physically and emotionally healthy.
      indicators:
        - id: health-assessment
          name: Health assessment up to date
          description: Whether the child's health assessment is up to date.
          scale: { type: yes-no, desired: "yes" }
`,
  PlacementAgreement: `apiVersion: nof/v1
kind: PlacementAgreement
# Agreements hold a child's details: keep them internal to the placing authority.
metadata:
  id: ID
  name: New individual placement agreement
  sharing: internal
spec:
  # The authority's own case reference, never the child's name.
  child:
    localReference: REF-0001
  placingAuthority: E06000000  # placeholder: your GSS code, for example E08000035 for Leeds
  # The provider's profile document id (placeholder: no such profile exists yet).
  provider: provider-id
  setting:
    ofstedUrn: SC123456
  # How the placement was bought (a call-off names the consortium, arrangement, lot and tier),
  # one of: <<values /spec/route/type>>.
  route:
    type: spot
  # The SSDA903 placement type code (the ssda903-placement-types codelist), for example U4.
  placementType: U4
  startDate: 2015-04-01
  # The agreed weekly fee, and any additional services.
  fees:
    weeklyFee: { amount: 850, per: week }
`,
  OutcomeTracker: `apiVersion: nof/v1
kind: OutcomeTracker
metadata:
  id: ID
  name: New outcome tracker
  sharing: internal
spec:
  # The placement agreement whose outcomes are tracked.
  agreement: agreement-id
  # Each review rates progress on the agreement's outcomes (by their ids).
  reviews:
    - date: 2015-10-01
      reviewerRole: Independent reviewing officer
      ratings:
        - { outcome: outcome-id, value: green }
`,
  ProviderProfile: `apiVersion: nof/v1
kind: ProviderProfile
metadata:
  id: ID
  name: New provider
  sharing: public
spec:
  organisation:
    legalName: New Provider Ltd
    # <<values /spec/organisation/type>>.
    type: independent-fostering-agency
  # Each Ofsted-registered setting: add insurance, policies, financial checks and the
  # consortium arrangements (lots and tiers) the provider is on.
  settings:
    - id: main-office
      name: New Provider
      ofstedUrn: SC123456
      # <<values /spec/settings/0/type>>.
      type: independent-fostering-agency
`,
  PlacementRequest: `apiVersion: nof/v1
kind: PlacementRequest
# A request goes to providers: it must not hold the child's personal details.
metadata:
  id: ID
  name: New placement request
  sharing: providers
spec:
  requestingAuthority: E06000000  # placeholder: your GSS code, for example E08000035 for Leeds
  requestDate: 2015-04-01
  # The authority's case reference and the needs providers must meet, never the child's name.
  child:
    localReference: REF-0001
`,
  MonitoringVisit: `apiVersion: nof/v1
kind: MonitoringVisit
# Monitoring findings are shared with the consortium's members, so no child is named in them.
metadata:
  id: ID
  name: New monitoring visit
  sharing: consortium
spec:
  # The provider's profile document id (placeholder: no such profile exists yet) and the setting
  # visited (leave the setting out when the monitoring covered all the provider's settings).
  provider: provider-id
  setting:
    ofstedUrn: SC123456
  # The authority whose officer monitored; add \`consortium\`, \`arrangement\` and \`onBehalfOf\`
  # when monitoring for a consortium's members.
  visitingAuthority: E06000000  # placeholder: your GSS code, for example E08000035 for Leeds
  date: 2015-04-01
  # <<values /spec/type>>.
  type: visit
  # Findings by area, each with the evidence it rests on (<<values /spec/findings/0/evidence/0>>).
  findings:
    - area: safeguarding
      evidence: [ofsted, visit]
      # <<values /spec/findings/0/rating>>.
      rating: meets-requirements
`,
};
