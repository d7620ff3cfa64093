/*
 * Test documents shared by the consortium rules that look at a national contract: a small
 * National Fostering Contract and a consortium whose arrangement varies it.
 */
import { documentYaml } from '../testing.js';

export const nationalContract = documentYaml(
  'NationalContract',
  'national-fostering-contract-2011',
  `title: National Fostering Contract
service: fostering
edition: 2011 v1.2
status: current
sections:
  - id: placements
    title: Placements
    clauses:
      - { id: referral-and-matching, title: Referral and matching, mayBeVariedLocally: true }
      - { id: safeguarding, title: Safeguarding and child protection }
schedules:
  - { id: schedule-1-specification, number: 1, title: Service specification, mayBeVariedLocally: true }
  - { id: schedule-4-ipa, number: 4, title: Individual Placement Agreement, isPlacementAgreement: true }`,
);

/** A consortium with one arrangement on the given contract basis and variations (YAML flow values). */
export function varyingConsortium(contractBasis: string, variations: string): string {
  return documentYaml(
    'Consortium',
    'white-rose',
    `type: regional
members: [{ authority: E08000035 }]
arrangements:
  - id: ifa
    type: framework-agreement
    contractBasis: ${contractBasis}
    variations: ${variations}`,
  );
}

export const BASIS = '{ basis: national-contract, nationalContract: national-fostering-contract-2011 }';
