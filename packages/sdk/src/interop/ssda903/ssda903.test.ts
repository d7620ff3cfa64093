import { describe, expect, it } from 'vitest';
import { parseText } from '../../parse/parse-text.js';
import { exportSsda903, SSDA903_COLUMNS, SSDA903_HEADER_COLUMNS } from './export.js';

/** A placement agreement as YAML, with the fields the SSDA903 export reads. */
function agreement(
  id: string,
  fields: { place?: string; start?: string; end?: string; sharing?: string; child?: string; provider?: string },
): string {
  return [
    'apiVersion: nof/v1',
    'kind: PlacementAgreement',
    `metadata: { id: ${id}, name: ${id}, sharing: ${fields.sharing ?? 'internal'} }`,
    'spec:',
    `  child: ${fields.child ?? `{ localReference: ${id.toUpperCase()}, gender: female, dateOfBirth: 2010-05-04 }`}`,
    '  placingAuthority: E08000035',
    `  provider: ${fields.provider ?? 'kestrel-lane-fostering'}`,
    '  setting: { ofstedUrn: SC123456 }',
    '  route: { type: spot }',
    `  placementType: ${fields.place ?? 'U6'}`,
    '  legalStatus: C2',
    `  startDate: ${fields.start ?? '2024-06-01'}`,
    ...(fields.end ? [`  plannedEndDate: ${fields.end}`] : []),
    '  fees: { weeklyFee: { amount: 850, per: week } }',
  ].join('\n');
}

const profile = (id: string, organisation: string) =>
  ['apiVersion: nof/v1', 'kind: ProviderProfile', `metadata: { id: ${id}, name: ${id} }`, 'spec:', `  organisation: ${organisation}`].join(
    '\n',
  );
const PROFILE = profile('kestrel-lane-fostering', '{ legalName: Kestrel Lane Ltd, type: voluntary }');

function run(texts: string[], year: number) {
  return exportSsda903(
    texts.flatMap((t, i) => parseText(t, `/nof/${i}.yaml`).documents),
    { year },
  );
}

describe('SSDA903 episode export', () => {
  it('writes the DfE Episodes columns, one row per agreement open in the year, and SEX and DOB in the Header table', () => {
    const { csv, rows, header, diagnostics } = run(
      [agreement('ipa-a', {}), agreement('ipa-b', { child: '{ localReference: IPA-A }', start: '2024-09-01' }), PROFILE],
      2025,
    );
    expect(csv.split('\r\n')[0]).toBe(SSDA903_COLUMNS.join(','));
    expect(SSDA903_COLUMNS).not.toContain('SEX');
    expect(rows[0]).toEqual({ CHILD: 'IPA-A', DECOM: '01/06/2024', LS: 'C2', PLACE: 'U6', PLACE_PROVIDER: 'PR5', URN: 'SC123456' });
    expect(csv.split('\r\n')[1]).toBe('IPA-A,01/06/2024,,C2,,U6,PR5,,,,,,SC123456');
    expect(header.csv.split('\r\n')[0]).toBe(SSDA903_HEADER_COLUMNS.join(','));
    // One Header row per child, however many episodes.
    expect(header.rows).toEqual([{ CHILD: 'IPA-A', SEX: '2', DOB: '04/05/2010' }]);
    expect(diagnostics).toEqual([]);
  });

  it('leaves SEX and DOB blank unless the document is internal', () => {
    const { header, csv } = run([agreement('ipa-a', { sharing: 'consortium' })], 2025);
    expect(header.rows).toEqual([{ CHILD: 'IPA-A' }]);
    expect(header.csv + csv).not.toContain('2010');
  });

  it.each([
    ['{ legalName: Kestrel Lane Ltd, type: independent-fostering-agency }', 'PR4'],
    ['{ legalName: Kestrel Lane, type: independent-fostering-agency, charityNumber: "1123456" }', 'PR5'],
    ['{ legalName: Kestrel Lane Trust, type: voluntary }', 'PR5'],
    ['{ legalName: Leeds City Council, type: local-authority, authority: E08000035 }', 'PR1'],
    ['{ legalName: Bradford Council, type: local-authority, authority: E08000032 }', 'PR2'],
  ])('codes PLACE_PROVIDER from the provider: %s is %s', (organisation, code) => {
    const { rows, diagnostics } = run([agreement('ipa-a', {}), profile('kestrel-lane-fostering', organisation)], 2025);
    expect(rows[0]!.PLACE_PROVIDER).toBe(code);
    expect(diagnostics).toEqual([]);
  });

  it("warns when an authority's own provision does not say which authority", () => {
    const { rows, diagnostics } = run(
      [agreement('ipa-a', {}), profile('kestrel-lane-fostering', '{ legalName: A council, type: local-authority }')],
      2025,
    );
    expect(rows[0]!.PLACE_PROVIDER).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', path: '/spec/provider' })]);
  });

  it('keeps to the collection year: started by 31 March, not planned to end before 1 April', () => {
    const texts = [
      agreement('ipa-late', { start: '2025-04-01' }),
      agreement('ipa-ended', { start: '2022-01-01', end: '2024-03-31' }),
      agreement('ipa-open', { start: '2020-01-01' }),
    ];
    expect(run(texts, 2025).rows.map((r) => r.CHILD)).toEqual(['IPA-OPEN']);
  });

  it.each([
    ['H5', 2025, '2024-25', 'use K3'],
    ['Z1', 2026, '2025-26', 'use Z11, Z12, Z13 or Z14'],
    ['P2', 2025, '2024-25', 'use K3'],
    ['P2', 2024, '2023-24', 'no replacement code is valid in that year'],
  ])('reports %s in the %s collection as an error naming the year and the replacement', (code, year, label, replacement) => {
    const { diagnostics, rows } = run([agreement('ipa-a', { place: code, start: '2021-05-01' })], year);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'interop/invalid-value',
      path: '/spec/placementType',
      range: { start: { line: 9 } },
    });
    expect(diagnostics[0]!.message).toContain(`${code} is retired in the ${label} SSDA903 collection`);
    expect(diagnostics[0]!.message).toContain(replacement);
    expect(rows[0]!.PLACE).toBe(code);
  });

  it('accepts a code in the years it is valid, and K3 only from 2024-25', () => {
    expect(run([agreement('ipa-a', { place: 'H5', start: '2021-05-01' })], 2024).diagnostics).toEqual([]);
    expect(run([agreement('ipa-a', { place: 'K3', start: '2023-05-01' })], 2024).diagnostics[0]!.message).toContain(
      'not yet valid in the 2023-24',
    );
  });

  it('says when SEX cannot be coded', () => {
    const { diagnostics } = run([agreement('ipa-a', { child: '{ localReference: A1, gender: not-known }' })], 2025);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', path: '/spec/child/gender' });
  });
});
