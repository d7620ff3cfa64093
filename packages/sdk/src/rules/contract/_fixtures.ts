import { documentYaml } from '../testing.js';

/** A national contract with the given sections and schedules (YAML, without indentation). */
export function contract(sections: string, schedules = ''): string {
  return documentYaml(
    'NationalContract',
    'national-residential-contract-2011',
    `title: National Residential Contract\nservice: residential-child-care\nedition: "2011"\nstatus: current\nsections:\n${sections}${schedules && `\nschedules:\n${schedules}`}`,
  );
}
