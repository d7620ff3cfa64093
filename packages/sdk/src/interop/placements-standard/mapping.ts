import { additionalSupport, childId, options, optionList, same, wholePounds, type Codec } from './codecs.js';

/** The two NOF documents a record of the standard becomes. */
export type Target = 'request' | 'agreement';

/**
 * Where one field of the standard lives in NOF: the document(s) and JSON pointer, and the codec
 * that converts its value. The README's mapping table is this list in words.
 */
export interface FieldMapping {
  field: string;
  /** The documents holding it; the first is read on export. */
  targets: readonly Target[];
  pointer: string;
  codec: Codec;
}

const RISK = options({ 'No known risk': 'no-known-risk', 'Risk Present': 'present' });
const SUITABILITY = options({
  Preferred: 'preferred',
  'Suitable but not preferred': 'suitable',
  Unsuitable: 'unsuitable',
  'Not specified': 'not-specified',
});
const request = ['request'] as const;
const agreement = ['agreement'] as const;

export const FIELD_MAPPINGS: readonly FieldMapping[] = [
  { field: 'childId', targets: ['request', 'agreement'], pointer: '/spec/child/localReference', codec: childId },
  {
    field: 'neededBy',
    targets: request,
    pointer: '/spec/urgency',
    codec: options({ Today: 'emergency', 'in less than 5 days': 'urgent', 'in more than 5 days': 'planned' }),
  },
  { field: 'siblingCount', targets: request, pointer: '/spec/siblingsToPlaceWith', codec: same },
  { field: 'preferredLocation', targets: request, pointer: '/spec/location/preferred', codec: same },
  {
    field: 'communicationNeeds',
    targets: request,
    pointer: '/spec/requirements/communication/needs',
    codec: options({ Y: 'yes', N: 'no', 'Not Specified': 'not-specified' }),
  },
  {
    field: 'specificCommunicationRequirements',
    targets: request,
    pointer: '/spec/requirements/communication/methods',
    codec: optionList({ ESOL: 'esol', BSL: 'bsl', Makaton: 'makaton', Other: 'other', None: 'none' }),
  },
  { field: 'homeAdaptation', targets: request, pointer: '/spec/requirements/homeAdaptations/needed', codec: same },
  {
    field: 'culturalNeeds',
    targets: request,
    pointer: '/spec/requirements/culturalNeeds/status',
    codec: options({ Required: 'required', 'Not required': 'not-required', 'Not Known': 'not-known', Other: 'other' }),
  },
  {
    field: 'livingCompanions',
    targets: request,
    pointer: '/spec/requirements/livingCompanions',
    codec: options({
      'Solo placement recommended': 'solo',
      'With other children recommended': 'with-other-children',
      'Only with other older children': 'older-children-only',
      'Only with other younger children': 'younger-children-only',
      'No preference': 'no-preference',
    }),
  },
  {
    field: 'pets',
    targets: request,
    pointer: '/spec/requirements/pets',
    codec: options({ 'Yes - must': 'must', 'Yes - can': 'can', No: 'cannot', 'Not Known': 'not-known' }),
  },
  { field: 'additionalSupport', targets: request, pointer: '/spec/requirements/additionalSupport', codec: additionalSupport },
  { field: 'deprivationOfLiberty', targets: request, pointer: '/spec/requirements/deprivationOfLiberty', codec: same },
  { field: 'fosterCareSuitability', targets: request, pointer: '/spec/careSettingSuitability/fosterCare', codec: SUITABILITY },
  { field: 'residentialCareSuitability', targets: request, pointer: '/spec/careSettingSuitability/residentialCare', codec: SUITABILITY },
  {
    field: 'supportedAccommodationSuitability',
    targets: request,
    pointer: '/spec/careSettingSuitability/supportedAccommodation',
    codec: SUITABILITY,
  },
  { field: 'riskSelfHarm', targets: request, pointer: '/spec/risks/toChild/selfHarm', codec: RISK },
  { field: 'riskSexualExploitation', targets: request, pointer: '/spec/risks/toChild/sexualExploitation', codec: RISK },
  { field: 'riskCriminalExploitation', targets: request, pointer: '/spec/risks/toChild/criminalExploitation', codec: RISK },
  { field: 'riskDrugAlcohol', targets: request, pointer: '/spec/risks/toChild/substanceMisuse', codec: RISK },
  { field: 'riskEatingDisorder', targets: request, pointer: '/spec/risks/toChild/eatingDisorder', codec: RISK },
  { field: 'riskMissing', targets: request, pointer: '/spec/risks/toChild/goingMissing', codec: RISK },
  { field: 'riskOther', targets: request, pointer: '/spec/risks/toChild/other', codec: same },
  { field: 'riskToOthersPhysical', targets: request, pointer: '/spec/risks/toOthers/physicalHarm', codec: RISK },
  { field: 'riskToOthersSexual', targets: request, pointer: '/spec/risks/toOthers/sexualHarm', codec: RISK },
  { field: 'riskToOthersFire', targets: request, pointer: '/spec/risks/toOthers/fireSetting', codec: RISK },
  { field: 'riskToOthersAnimals', targets: request, pointer: '/spec/risks/toOthers/harmToAnimals', codec: RISK },
  { field: 'riskToOthersCriminal', targets: request, pointer: '/spec/risks/toOthers/criminalExploitation', codec: RISK },
  { field: 'riskToOthersOther', targets: request, pointer: '/spec/risks/toOthers/other', codec: same },
  { field: 'totalWeeklyCost', targets: agreement, pointer: '/spec/fees/totalWeeklyCost', codec: wholePounds },
  { field: 'placementLocation', targets: agreement, pointer: '/spec/setting/locationDescription', codec: same },
  { field: 'preferabilityLocation', targets: agreement, pointer: '/spec/setting/inPreferredLocation', codec: same },
  { field: 'educationContinuity', targets: agreement, pointer: '/spec/setting/educationContinuity', codec: same },
  { field: 'providerURN', targets: agreement, pointer: '/spec/setting/ofstedUrn', codec: same },
  { field: 'siblingsPlacedTogether', targets: agreement, pointer: '/spec/setting/siblingsPlacedTogether', codec: same },
  {
    field: 'placementType',
    targets: agreement,
    pointer: '/spec/setting/careSetting',
    codec: options({ Residential: 'residential-care', Foster: 'foster-care', 'Supported Accommodation': 'supported-accommodation' }),
  },
  { field: 'referralOfficerName', targets: request, pointer: '/spec/referralOfficerName', codec: same },
  { field: 'referralDate', targets: request, pointer: '/spec/requestDate', codec: same },
  { field: 'placementOfficerName', targets: agreement, pointer: '/spec/dataEntry/placement/officerName', codec: same },
  { field: 'placementDate', targets: agreement, pointer: '/spec/dataEntry/placement/date', codec: same },
  { field: 'costOfficerName', targets: agreement, pointer: '/spec/dataEntry/cost/officerName', codec: same },
  { field: 'costDate', targets: agreement, pointer: '/spec/dataEntry/cost/date', codec: same },
];
