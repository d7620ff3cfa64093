import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator, type Schema } from '@cfworker/json-schema';
import { afterAll, describe, expect, it } from 'vitest';
import { nof, root } from './nof.js';

const work = mkdtempSync(join(tmpdir(), 'nof-interop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  writeFileSync(join(work, name), text);
  return join(work, name);
};

/** A full record of the Placements Data Standard v2 for a fictional child. */
const RECORD = {
  childId: 104233,
  neededBy: 'in less than 5 days',
  siblingCount: 1,
  preferredLocation: 'Near the current school',
  communicationNeeds: 'Y',
  specificCommunicationRequirements: ['BSL', 'Makaton'],
  homeAdaptation: true,
  culturalNeeds: 'Required',
  livingCompanions: 'Only with other younger children',
  pets: 'Yes - must',
  additionalSupport: 'taxis to school',
  deprivationOfLiberty: false,
  fosterCareSuitability: 'Preferred',
  residentialCareSuitability: 'Suitable but not preferred',
  supportedAccommodationSuitability: 'Not specified',
  riskSelfHarm: 'Risk Present',
  riskSexualExploitation: 'No known risk',
  riskCriminalExploitation: 'No known risk',
  riskDrugAlcohol: 'No known risk',
  riskEatingDisorder: 'No known risk',
  riskMissing: 'Risk Present',
  riskOther: 'Other risk in words',
  riskToOthersPhysical: 'No known risk',
  riskToOthersSexual: 'No known risk',
  riskToOthersFire: 'Risk Present',
  riskToOthersAnimals: 'No known risk',
  riskToOthersCriminal: 'No known risk',
  riskToOthersOther: 'Other risk to others in words',
  totalWeeklyCost: 1120,
  placementLocation: 'A town in West Yorkshire',
  preferabilityLocation: true,
  educationContinuity: false,
  providerURN: '2900202',
  siblingsPlacedTogether: 1,
  placementType: 'Foster',
  referralOfficerName: 'Referral Officer Example',
  referralDate: '2025-07-14',
  placementOfficerName: 'Placement Officer Example',
  placementDate: '2025-07-18',
  costOfficerName: 'Cost Officer Example',
  costDate: '2025-07-18',
};

describe('nof import placements-standard', () => {
  const input = write('records.json', JSON.stringify([RECORD], null, 2));

  it('writes a request and an agreement with modelines, finding the provider in the workspace', () => {
    const run = nof([
      'import',
      'placements-standard',
      input,
      '--authority',
      'E08000032',
      '--workspace',
      join(root, 'examples'),
      '--out',
      join(work, 'imported/'),
    ]);
    expect(run.code).toBe(0);
    expect(readdirSync(join(work, 'imported')).sort()).toEqual(['ipa-104233.yaml', 'req-104233.yaml']);
    const agreement = readFileSync(join(work, 'imported/ipa-104233.yaml'), 'utf8');
    expect(agreement).toMatch(/^# yaml-language-server: \$schema=\S+\/v1\/placement-agreement\.schema\.json\n/);
    expect(agreement).toContain('provider: kestrel-lane-fostering');
    // What the standard does not record is said, at the record, as a warning.
    expect(run.stderr).toMatch(/records\.json:2:3 warning PlacementAgreement 'ipa-104233' lacks required property `startDate`/);
    // Valid by its schema; the privacy rule (requests go to providers) is another matter.
    expect(nof(['validate', join(work, 'imported/req-104233.yaml'), '--rule', 'privacy/personal-data-shared=off']).code).toBe(0);
  });

  it('never overwrites without --force', () => {
    const again = nof(['import', 'placements-standard', input, '--authority', 'E08000032', '--out', join(work, 'imported/')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('not overwriting without --force');
    expect(
      nof(['import', 'placements-standard', input, '--authority', 'E08000032', '--out', join(work, 'imported/'), '--force']).code,
    ).toBe(0);
  });

  it('round-trips a full record through NOF YAML and back without loss', () => {
    const yaml = nof(['import', 'placements-standard', input, '--authority', 'E08000032']);
    expect(yaml.code).toBe(0);
    const documents = write('round-trip.yaml', yaml.stdout);
    const back = nof(['export', 'placements-standard', documents]);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual([RECORD]);
  });

  it('exits 1 with a located error for a field the standard does not have', () => {
    const text = JSON.stringify({ ...RECORD, petz: 'No' }, null, 2);
    const bad = write('bad.json', text);
    const run = nof(['import', 'placements-standard', bad, '--authority', 'E08000032']);
    expect(run.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('"petz"')) + 1;
    expect(run.stderr).toMatch(new RegExp(`bad\\.json:${line}:3 error`));
    expect(run.stderr).toMatch(/error 'petz' is not a field of the Placements Data Standard v2.*did you mean 'pets'\?/);
    expect(run.stdout).toContain('kind: PlacementRequest');
  });

  it('exits 2 for a usage mistake', () => {
    expect(nof(['import', 'ssda903', input]).stderr).toContain('export-only');
    expect(nof(['import', 'placements-standard', input, '--authority', 'Leeds']).code).toBe(2);
    expect(nof(['import', 'placements-standard', join(work, 'missing.json')]).code).toBe(2);
  });
});

describe('nof export ssda903', () => {
  it('needs --year', () => {
    const run = nof(['export', 'ssda903', 'examples/agreements']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--year');
  });

  it('writes the episode rows of the collection year', () => {
    const run = nof(['export', 'ssda903', 'examples', '--year', '2015']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['BFD-2014-0117', 'LAN-2014-0052', 'RDG-2013-0008', 'SKP-2014-0311']);
  });

  it('writes the Header table with --table header, one row per child', () => {
    const run = nof(['export', 'ssda903', 'examples', '--year', '2015', '--table', 'header']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB');
    expect(lines).toHaveLength(5);
    expect(nof(['export', 'ssda903', 'examples', '--year', '2015', '--table', 'children']).stderr).toContain(
      '--table takes episodes or header',
    );
  });

  it('exits 1 naming the year and the replacement for a retired code', () => {
    const example = readFileSync(join(root, 'examples/agreements/ipa-lan-2014-0052.yaml'), 'utf8');
    const file = write(
      'ipa-z1.yaml',
      example
        .replace(/placementType: \w+/, 'placementType: Z1')
        .replace(/startDate: [\d-]+/, 'startDate: 2024-06-01')
        .replace(/\n {2}plannedEndDate: [\d-]+/, ''),
    );
    const run = nof(['export', 'ssda903', file, '--year', '2026']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /ipa-z1\.yaml:\d+:\d+ error placement type Z1 is retired in the 2025-26 SSDA903 collection.*use Z11, Z12, Z13 or Z14/,
    );
  });
});

describe('nof export ocds', () => {
  it('writes a release package with the given ocid prefix', () => {
    const run = nof([
      'export',
      'ocds',
      'examples/consortia/white-rose-fostering.yaml',
      '--ocid-prefix',
      'ocds-abc123',
      '--date',
      '2025-07-21T09:00:00Z',
    ]);
    expect(run.code).toBe(0);
    const pack = JSON.parse(run.stdout);
    expect(pack).toMatchObject({ version: '1.1', publishedDate: '2025-07-21T09:00:00Z' });
    expect(pack.releases.map((r: { ocid: string }) => r.ocid)).toEqual(['ocds-abc123-white-rose-fostering-ifa-framework']);
  });
});

describe('nof export json', () => {
  const schemaDir = join(root, 'schemas/v1');
  const schemas = readdirSync(schemaDir).map((f) => JSON.parse(readFileSync(join(schemaDir, f), 'utf8')) as Schema & { $id: string });

  /** A 2020-12 validator that is not ajv, with every NOF schema registered locally (nothing fetched). */
  function validatorFor(schemaId: string): Validator {
    const validator = new Validator(schemas.find((s) => s.$id === schemaId)!, '2020-12', false);
    for (const s of schemas.filter((s) => s.$id !== schemaId)) validator.addSchema(s, s.$id);
    return validator;
  }

  const run = nof(['export', 'json', 'examples']);
  const documents = JSON.parse(run.stdout) as Array<Record<string, unknown>>;

  it('writes every example document as plain JSON', () => {
    expect(run.code).toBe(0);
    expect(documents.length).toBeGreaterThan(30);
  });

  it('points requests and agreements at their published schema', () => {
    const agreement = documents.find((d) => d.kind === 'PlacementAgreement')!;
    expect(Object.keys(agreement)[0]).toBe('$schema');
    expect(agreement.$schema).toBe('https://schemas.nof.org.uk/v1/placement-agreement.schema.json');
  });

  it('validates with an independent JSON Schema validator', () => {
    const kindSchema = (kind: string) =>
      schemas.find(
        (s) =>
          s.title !== undefined && s.$id.endsWith(`/${kind.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.schema.json`),
      )!.$id;
    for (const document of documents) {
      const result = validatorFor((document.$schema as string | undefined) ?? kindSchema(document.kind as string)).validate(document);
      expect(
        result.errors.filter((e) => e.keyword !== 'properties' && e.keyword !== '$ref'),
        String((document.metadata as { id: string }).id),
      ).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it('and that validator rejects a broken document', () => {
    const agreement = structuredClone(documents.find((d) => d.kind === 'PlacementAgreement')!);
    (agreement.spec as Record<string, unknown>).placementType = 'six';
    expect(validatorFor(agreement.$schema as string).validate(agreement).valid).toBe(false);
  });

  it('imports back into the same documents', () => {
    const file = write('documents.json', run.stdout);
    const yaml = nof(['import', 'json', file]);
    expect(yaml.code).toBe(0);
    // Beside the examples' config and local profiles, which some documents follow.
    const tree = join(work, 'json-tree');
    cpSync(join(root, 'examples/profiles'), join(tree, 'profiles'), { recursive: true });
    cpSync(join(root, 'examples/nof.config.yaml'), join(tree, 'nof.config.yaml'));
    writeFileSync(join(tree, 'documents.yaml'), yaml.stdout);
    const again = nof(['export', 'json', join(tree, 'documents.yaml')]);
    expect(again.stderr).not.toContain('error');
    expect(JSON.parse(again.stdout)).toEqual(documents);
  });
});
