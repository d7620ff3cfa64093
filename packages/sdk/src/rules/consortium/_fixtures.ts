/*
 * Test documents shared by the consortium rules that look at a national contract: a small
 * National Fostering Contract, and White Rose consortia to vary it or to hold other test arrangements.
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

const indent = (text: string, by: number) =>
  text
    .split('\n')
    .map((line) => `${' '.repeat(by)}${line}`)
    .join('\n');

/** The White Rose consortium (lead and member Leeds) with the given list of arrangements (YAML, unindented). */
export function whiteRose(arrangements: string): string {
  return documentYaml(
    'Consortium',
    'white-rose',
    `type: regional\nmembers: [{ authority: E08000035 }]\narrangements:\n${indent(arrangements, 2)}`,
  );
}

/** White Rose with one framework agreement, `ifa`, having the further properties `body` (YAML, unindented). */
export function whiteRoseFramework(body: string): string {
  return whiteRose(`- id: ifa\n  type: framework-agreement\n${indent(body, 2)}`);
}

/** A consortium with one arrangement on the given contract basis and variations (YAML flow values). */
export function varyingConsortium(contractBasis: string, variations: string): string {
  return whiteRoseFramework(`contractBasis: ${contractBasis}\nvariations: ${variations}`);
}

export const BASIS = '{ basis: national-contract, nationalContract: national-fostering-contract-2011 }';
