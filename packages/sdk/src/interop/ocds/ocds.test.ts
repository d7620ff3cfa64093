import { readdirSync, readFileSync } from 'node:fs';
import { Validator, type Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../parse/parse-text.js';
import { applyMergePatch } from '../../profiles/merge-patch.js';
import { exportOcds, PLACEHOLDER_OCID_PREFIX, type OcdsRelease } from './export.js';

const fixtures = new URL('../../../../../test/fixtures/ocds/', import.meta.url);
const examples = new URL('../../../../../examples/consortia/', import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as Record<string, unknown>;

/**
 * The OCDS 1.1.5 release schema with the lots, techniques and award criteria extensions merged
 * in (JSON Merge Patch, as OCDS tools apply extensions), checked by a draft-04 validator.
 */
const releaseSchema = ['extensions/lots.json', 'extensions/techniques.json', 'extensions/award-criteria.json'].reduce<unknown>(
  (schema, patch) => applyMergePatch(schema, readJson(patch)),
  readJson('release-schema-1.1.5.json'),
);
const validator = new Validator(releaseSchema as Schema, '4', false);

function errorsOf(release: OcdsRelease): string[] {
  return validator.validate(release).errors.map((e) => `${e.instanceLocation} ${e.error}`);
}

const DATE = '2025-07-21T09:00:00Z';
const CONSORTIUM = `apiVersion: nof/v1
kind: Consortium
metadata: { id: test-fostering, name: Test fostering }
spec:
  type: regional
  leadAuthority: E08000035
  members:
    - authority: E08000035
    - authority: E08000032
  arrangements:
    - id: ifa-framework
      name: Test IFA framework
      type: framework-agreement
      status: active
      term:
        startDate: 2015-04-01
        initialPeriod: { years: 2 }
        extensionOptions: [{ years: 1 }, { years: 1 }]
        extensionsTaken: 1
      awardWeighting: { quality: 60, price: 40 }
      callOff: { method: sequential-by-tier }
      lots:
        - id: standard
          name: Standard fostering
          service: fostering
          tiers:
            - { id: tier-1, rank: 1, providers: [pennine-hearth-fostering] }
            - { id: tier-2, rank: 2, providers: [kestrel-lane-fostering] }
    - id: dps
      name: Test DPS
      type: dynamic-purchasing-system
      status: active
`;

function exportOf(text: string, options: Partial<Parameters<typeof exportOcds>[1]> = {}) {
  return exportOcds(parseText(text, '/nof/consortium.yaml').documents[0]!, { date: DATE, ...options });
}

describe('OCDS release export', () => {
  const { releases, diagnostics } = exportOf(CONSORTIUM);
  const [framework, dps] = releases as [Record<string, any>, Record<string, any>];

  it('makes one valid release per arrangement', () => {
    expect(releases).toHaveLength(2);
    for (const release of releases) expect(errorsOf(release)).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('names the process with the placeholder prefix unless given one', () => {
    expect(framework.ocid).toBe(`${PLACEHOLDER_OCID_PREFIX}-test-fostering-ifa-framework`);
    expect(exportOf(CONSORTIUM, { ocidPrefix: 'ocds-abc123' }).releases[0]!.ocid).toBe('ocds-abc123-test-fostering-ifa-framework');
  });

  it('gives the lead authority as buyer and procuring entity, the members as buyers, the providers as suppliers', () => {
    expect(framework.buyer).toEqual({ id: 'E08000035', name: 'Leeds' });
    expect(framework.tender.procuringEntity).toEqual({ id: 'E08000035', name: 'Leeds' });
    expect(framework.parties.map((p: any) => [p.id, p.roles])).toEqual([
      ['E08000035', ['buyer', 'procuringEntity']],
      ['E08000032', ['buyer']],
      ['pennine-hearth-fostering', ['supplier']],
      ['kestrel-lane-fostering', ['supplier']],
    ]);
    expect(framework.awards).toEqual([
      {
        id: 'standard',
        status: 'active',
        relatedLots: ['standard'],
        suppliers: [
          { id: 'pennine-hearth-fostering', name: 'pennine-hearth-fostering' },
          { id: 'kestrel-lane-fostering', name: 'kestrel-lane-fostering' },
        ],
      },
    ]);
  });

  it('says framework or DPS in techniques', () => {
    expect(framework.tender.techniques).toMatchObject({
      hasFrameworkAgreement: true,
      hasDynamicPurchasingSystem: false,
      frameworkAgreement: { method: 'withoutReopeningCompetition' },
    });
    expect(dps.tender.techniques).toEqual({
      hasFrameworkAgreement: false,
      hasDynamicPurchasingSystem: true,
      dynamicPurchasingSystem: { status: 'active' },
    });
  });

  it('gives the award weighting on each lot and in words', () => {
    expect(framework.tender.lots[0].awardCriteria).toEqual({
      criteria: [
        { type: 'quality', name: 'Quality', numbers: [{ number: 60, weight: 'percentageExact' }] },
        { type: 'price', name: 'Price', numbers: [{ number: 40, weight: 'percentageExact' }] },
      ],
    });
    expect(framework.tender).toMatchObject({ awardCriteria: 'ratedCriteria', awardCriteriaDetails: '60% quality, 40% price' });
  });

  it('gives the contract period with the extension taken and the furthest extent', () => {
    expect(framework.tender.contractPeriod).toEqual({
      startDate: '2015-04-01T00:00:00Z',
      endDate: '2018-03-31T23:59:59Z',
      maxExtentDate: '2019-03-31T23:59:59Z',
      durationInDays: 1461,
    });
    expect(framework.tender.description).toBe('Initial period 2 years, with 2 extension options of 1 year, 1 year (1 taken).');
  });

  it('reports a term without a start date, and an unknown arrangement', () => {
    const undated = exportOf(CONSORTIUM.replace('        startDate: 2015-04-01\n', ''));
    expect(undated.diagnostics).toMatchObject([{ severity: 'warning', path: '/spec/arrangements/0/term', range: { start: { line: 15 } } }]);
    expect(errorsOf(undated.releases[0]!)).toEqual([]);
    expect(exportOf(CONSORTIUM, { arrangement: 'nope' }).diagnostics[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining("no arrangement 'nope'"),
    });
  });

  it('catches a release that breaks the schema (the validator is really checking)', () => {
    expect(
      errorsOf({ ...framework, tender: { ...framework.tender, techniques: { hasFrameworkAgreement: 'yes' } } }).length,
    ).toBeGreaterThan(0);
  });

  it.each(readdirSync(examples).filter((f) => f.endsWith('.yaml')))('exports the example %s as valid releases', (file) => {
    const text = readFileSync(new URL(file, examples), 'utf8');
    const { releases: out } = exportOf(text);
    // One release per arrangement: a consortium with none (East London Solutions) has none.
    if (/^ {2}arrangements: \[\]$/m.test(text)) expect(out).toEqual([]);
    else expect(out.length).toBeGreaterThan(0);
    for (const release of out) expect(errorsOf(release)).toEqual([]);
  });
});
