/**
 * The fields of the Placements Data Standard v2 (Data Standards for Social Care, draft, effective
 * 2025-07-18, MIT), as the standard's JSON lists them: entity, name, type, cardinality and the
 * options of each categorical field. A test compares this table with the standard's own file,
 * so it cannot drift from it.
 */

export type FieldType = 'Integer' | 'String' | 'Boolean' | 'Date' | 'Categorical';

export interface StandardField {
  entity: string;
  name: string;
  type: FieldType;
  /** The standard's cardinality: `1..1` and `1..*` are required, `..*` takes a list. */
  cardinality: '0..1' | '1..1' | '1..*';
  /** The allowed values of a categorical field, spelt as the standard spells them. */
  options?: readonly string[];
}

const RISK = ['No known risk', 'Risk Present'] as const;
const SUITABILITY = ['Preferred', 'Suitable but not preferred', 'Unsuitable', 'Not specified'] as const;

export const STANDARD_FIELDS: readonly StandardField[] = [
  { entity: 'PlacementAvailability', name: 'childId', type: 'Integer', cardinality: '1..1' },
  {
    entity: 'PlacementAvailability',
    name: 'neededBy',
    type: 'Categorical',
    cardinality: '0..1',
    options: ['Today', 'in less than 5 days', 'in more than 5 days'],
  },
  { entity: 'PlacementAvailability', name: 'siblingCount', type: 'Integer', cardinality: '0..1' },
  { entity: 'PlacementAvailability', name: 'preferredLocation', type: 'String', cardinality: '0..1' },
  {
    entity: 'PlacementRequirements',
    name: 'communicationNeeds',
    type: 'Categorical',
    cardinality: '1..1',
    options: ['Y', 'N', 'Not Specified'],
  },
  {
    entity: 'PlacementRequirements',
    name: 'specificCommunicationRequirements',
    type: 'Categorical',
    cardinality: '1..*',
    options: ['ESOL', 'BSL', 'Makaton', 'Other', 'None'],
  },
  { entity: 'PlacementRequirements', name: 'homeAdaptation', type: 'Boolean', cardinality: '1..1' },
  {
    entity: 'PlacementRequirements',
    name: 'culturalNeeds',
    type: 'Categorical',
    cardinality: '1..1',
    options: ['Required', 'Not required', 'Not Known', 'Other'],
  },
  {
    entity: 'PlacementRequirements',
    name: 'livingCompanions',
    type: 'Categorical',
    cardinality: '1..1',
    options: [
      'Solo placement recommended',
      'With other children recommended',
      'Only with other older children',
      'Only with other younger children',
      'No preference',
    ],
  },
  {
    entity: 'PlacementRequirements',
    name: 'pets',
    type: 'Categorical',
    cardinality: '1..1',
    options: ['Yes - must', 'Yes - can', 'No', 'Not Known'],
  },
  {
    entity: 'PlacementRequirements',
    name: 'additionalSupport',
    type: 'Categorical',
    cardinality: '0..1',
    options: ['additional supervision', 'therapeutic support', 'a worker for respite', 'taxis to school', 'NA', 'other (please specify)'],
  },
  { entity: 'PlacementRequirements', name: 'deprivationOfLiberty', type: 'Boolean', cardinality: '0..1' },
  { entity: 'PlacementRecommendation', name: 'fosterCareSuitability', type: 'Categorical', cardinality: '1..1', options: SUITABILITY },
  { entity: 'PlacementRecommendation', name: 'residentialCareSuitability', type: 'Categorical', cardinality: '1..1', options: SUITABILITY },
  {
    entity: 'PlacementRecommendation',
    name: 'supportedAccommodationSuitability',
    type: 'Categorical',
    cardinality: '1..1',
    options: SUITABILITY,
  },
  { entity: 'Risks', name: 'riskSelfHarm', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskSexualExploitation', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskCriminalExploitation', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskDrugAlcohol', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskEatingDisorder', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskMissing', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskOther', type: 'String', cardinality: '0..1' },
  { entity: 'Risks', name: 'riskToOthersPhysical', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskToOthersSexual', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskToOthersFire', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskToOthersAnimals', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskToOthersCriminal', type: 'Categorical', cardinality: '1..1', options: RISK },
  { entity: 'Risks', name: 'riskToOthersOther', type: 'String', cardinality: '0..1' },
  { entity: 'ActualPlacement', name: 'totalWeeklyCost', type: 'Integer', cardinality: '1..1' },
  { entity: 'ActualPlacement', name: 'placementLocation', type: 'String', cardinality: '1..1' },
  { entity: 'ActualPlacement', name: 'preferabilityLocation', type: 'Boolean', cardinality: '1..1' },
  { entity: 'ActualPlacement', name: 'educationContinuity', type: 'Boolean', cardinality: '1..1' },
  { entity: 'ActualPlacement', name: 'providerURN', type: 'String', cardinality: '1..1' },
  { entity: 'ActualPlacement', name: 'siblingsPlacedTogether', type: 'Integer', cardinality: '1..1' },
  {
    entity: 'ActualPlacement',
    name: 'placementType',
    type: 'Categorical',
    cardinality: '1..1',
    options: ['Residential', 'Foster', 'Supported Accommodation'],
  },
  { entity: 'QualityAssurance', name: 'referralOfficerName', type: 'String', cardinality: '0..1' },
  { entity: 'QualityAssurance', name: 'referralDate', type: 'Date', cardinality: '1..1' },
  { entity: 'QualityAssurance', name: 'placementOfficerName', type: 'String', cardinality: '1..1' },
  { entity: 'QualityAssurance', name: 'placementDate', type: 'Date', cardinality: '1..1' },
  { entity: 'QualityAssurance', name: 'costOfficerName', type: 'String', cardinality: '0..1' },
  { entity: 'QualityAssurance', name: 'costDate', type: 'Date', cardinality: '1..1' },
];

/** A record of the standard: one placement, fields by the standard's names. */
export type StandardRecord = Record<string, unknown>;
