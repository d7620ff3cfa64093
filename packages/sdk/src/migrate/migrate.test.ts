import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/parse-text.js';
import { SchemaRegistry } from '../schema/registry.js';
import { validateDocument } from '../schema/validate-document.js';
import { conversionPath, CONVERSIONS, migrateText } from './migrate.js';

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const exampleFiles = ['agreements', 'trackers'].flatMap((dir) =>
  readdirSync(join(examples, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f)),
);

function schemaErrors(text: string): string[] {
  const registry = SchemaRegistry.shipped();
  return parseText(text, 'x.yaml').documents.flatMap((d) => validateDocument(d, registry).map((p) => `${p.path} ${p.message}`));
}

const comments = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.includes('#'))
    .map((l) => l.slice(l.indexOf('#')));

describe('migrate every example agreement and tracker', () => {
  it('finds the examples', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(7);
  });

  it.each(exampleFiles)('%s: v1 → v2 is valid, keeps every comment, and v2 → v1 gives back the file', (file) => {
    const original = readFileSync(join(examples, file), 'utf8');
    const up = migrateText(original, file, 'nof/v2');
    expect(up.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(up.changed).toBe(true);
    expect(schemaErrors(up.text)).toEqual([]);
    expect(up.text).toMatch(/^apiVersion: nof\/v2$/m);
    expect(up.text).toMatch(/schemas\/v2\/(placement-agreement|outcome-tracker)\.schema\.json/);
    expect(comments(up.text).filter((c) => !c.includes('$schema'))).toEqual(comments(original).filter((c) => !c.includes('$schema')));
    const down = migrateText(up.text, file, 'nof/v1');
    expect(down.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(down.text).toBe(original);
  });
});

const AGREEMENT = `# yaml-language-server: $schema=../../schemas/v1/placement-agreement.schema.json
apiVersion: nof/v1   # the version
kind: PlacementAgreement
metadata: { id: ipa-test, name: Test agreement }
spec:
  child: { localReference: TST-1 }
  placingAuthority: E08000032
  provider: kestrel-lane-fostering
  setting: { ofstedUrn: "2900202" }
  route: { type: spot }
  placementType: U6
  startDate: 2015-01-05
  framework: nof-needs-outcomes-v1
  assessedNeeds:
    - { domain: education, level: 2 }
  outcomes:
    - id: attends-school   # rated by the tracker
      domain: enjoy-and-achieve
      indicator: school-attendance
      description: Goes to school every day.
  fees:
    # the weekly fee, as invoiced
    weeklyFee: { amount: 800, per: week }
    additionalServices:
      - description: Transport to school
        category: transport
        cost: { amount: 90, per: week }
        funder: education
      - { description: Extra tutoring, category: education, cost: { amount: 40, per: week }, funder: provider }
      - description: More transport
        category: transport
        cost: { amount: 10, per: week }
        funder: placing-authority
`;

describe('PlacementAgreement v1 → v2', () => {
  const up = migrateText(AGREEMENT, 'a.yaml', 'nof/v2');

  it('renames the fee, ids the services by category and ties outcomes to the only need', () => {
    expect(up.blocked).toBe(false);
    expect(schemaErrors(up.text)).toEqual([]);
    expect(up.text).toContain('apiVersion: nof/v2   # the version\n');
    expect(up.text).toContain('    # the weekly fee, as invoiced\n    coreWeeklyFee: { amount: 800, per: week }\n');
    expect(up.text).toContain('      - id: transport\n        description: Transport to school\n');
    expect(up.text).toContain('      - { id: education, description: Extra tutoring,');
    expect(up.text).toContain('      - id: transport-2\n        description: More transport\n');
    expect(up.text).toContain(
      '    - id: attends-school   # rated by the tracker\n      addresses: [education]\n      domain: enjoy-and-achieve\n',
    );
  });

  it("points a document's own $schema at the new version", () => {
    const withUri = AGREEMENT.replace(
      'apiVersion: nof/v1   # the version\n',
      '$schema: https://schemas.nof.org.uk/v1/placement-agreement.schema.json\napiVersion: nof/v1   # the version\n',
    );
    const result = migrateText(withUri, 'a.yaml', 'nof/v2');
    expect(schemaErrors(result.text)).toEqual([]);
    expect(result.text).toContain('$schema: "https://schemas.nof.org.uk/v2/placement-agreement.schema.json"\n');
    expect(migrateText(result.text, 'a.yaml', 'nof/v1').text).toContain(
      '$schema: "https://schemas.nof.org.uk/v1/placement-agreement.schema.json"\n',
    );
  });

  it('converts back to the same text, dropping only what it would put back', () => {
    expect(migrateText(up.text, 'a.yaml', 'nof/v1').text).toBe(AGREEMENT);
  });

  it('notes outcomes it cannot tie to one need, naming the candidates', () => {
    const twoNeeds = AGREEMENT.replace(
      '    - { domain: education, level: 2 }\n',
      '    - { domain: education, level: 2 }\n    - { domain: health, level: 1 }\n',
    );
    const result = migrateText(twoNeeds, 'a.yaml', 'nof/v2');
    expect(result.blocked).toBe(false);
    expect(result.text).not.toContain('addresses');
    expect(result.diagnostics).toMatchObject([
      {
        severity: 'info',
        path: '/spec/outcomes/0',
        message: expect.stringContaining('add `addresses` (one or more of `education`, `health`)'),
      },
    ]);
  });

  it('stops with a located decision, changing nothing, for a fee not per week and a shared funder', () => {
    const monthly = AGREEMENT.replace('{ amount: 800, per: week }', '{ amount: 3400, per: month }').replace(
      'funder: education',
      'funder: shared',
    );
    const result = migrateText(monthly, 'a.yaml', 'nof/v2');
    expect(result.blocked).toBe(true);
    expect(result.changed).toBe(false);
    expect(result.text).toBe(monthly);
    expect(result.diagnostics.map((d) => [d.severity, d.path, d.range.start.line])).toEqual([
      ['error', '/spec/fees/weeklyFee/per', 22],
      ['error', '/spec/fees/additionalServices/0/funder', 27],
    ]);
    expect(result.diagnostics[0]!.message).toContain('per month');
  });

  it('refuses a document that is not valid where it stands', () => {
    const result = migrateText(AGREEMENT.replace('  placementType: U6\n', ''), 'a.yaml', 'nof/v2');
    expect(result.blocked).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['schema/required']);
  });
});

describe('v2 → v1 decisions', () => {
  const v2 = migrateText(AGREEMENT, 'a.yaml', 'nof/v2').text;

  it('will not drop v2-only facts or a chosen service id', () => {
    const edited = v2
      .replace('  startDate: 2015-01-05\n', '  startDate: 2015-01-05\n  issuedOn: 2015-02-20\n')
      .replace('- id: transport-2', '- id: school-run');
    const result = migrateText(edited, 'a.yaml', 'nof/v1');
    expect(result.blocked).toBe(true);
    expect(result.diagnostics.map((d) => d.path)).toEqual(['/spec/issuedOn', '/spec/fees/additionalServices/2/id']);
  });

  it('keeps a tracker with an unrated outcome at v2', () => {
    const tracker = [
      'apiVersion: nof/v2',
      'kind: OutcomeTracker',
      'metadata: { id: t, name: T }',
      'spec:',
      '  agreement: ipa-test',
      '  reviews:',
      '    - date: 2015-06-01',
      '      reviewerRole: Supervising social worker',
      '      ratings:',
      '        - { outcome: attends-school, notRatedReason: Attendance record not yet received }',
      '',
    ].join('\n');
    expect(schemaErrors(tracker)).toEqual([]);
    const result = migrateText(tracker, 't.yaml', 'nof/v1');
    expect(result.diagnostics).toMatchObject([
      { severity: 'error', path: '/spec/reviews/0/ratings/0/notRatedReason', range: { start: { line: 9 } } },
    ]);
  });
});

describe('documents a version does not define', () => {
  it('leaves kinds without a v2 schema at v1, with a note', () => {
    const text = readFileSync(join(examples, 'frameworks/nof-needs-outcomes-v1.yaml'), 'utf8');
    const result = migrateText(text, 'f.yaml', 'nof/v2');
    expect(result.changed).toBe(false);
    expect(result.blocked).toBe(false);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['nof/v2 has no NeedsOutcomesFramework kind: this document stays at nof/v1.']);
  });
});

describe('conversionPath', () => {
  it('chains declared steps and knows when there is no way', () => {
    expect(conversionPath(CONVERSIONS, 'PlacementAgreement', 'nof/v1', 'nof/v2')?.map((c) => c.to)).toEqual(['nof/v2']);
    expect(conversionPath(CONVERSIONS, 'PlacementAgreement', 'nof/v1', 'nof/v1')).toEqual([]);
    expect(conversionPath(CONVERSIONS, 'Consortium', 'nof/v1', 'nof/v2')).toBeUndefined();
  });
});
