/**
 * A vendor's report: every placement agreement whose weekly fee is above its arrangement's
 * maximum price. The SDK's rule `agreement/fee-within-maximum` decides (lot, age band, period);
 * the typed model gives the rest of the agreement. Run: node packages/sdk/dist/examples/fees-over-maximum.js <folder>
 */
// A vendor writes `from '@nof/sdk'` and `'@nof/sdk/node'`; inside the SDK the example imports the entries directly.
import { typed, validateWorkspace } from '../index.js';
import { loadWorkspace } from '../node/index.js';

export interface OverMaximum {
  agreement: string;
  file: string;
  line: number;
  placingAuthority: string;
  finding: string;
}

export async function feesOverMaximum(folder: string): Promise<OverMaximum[]> {
  const workspace = await loadWorkspace(folder);
  const findings = validateWorkspace(workspace).flatMap((file) =>
    file.diagnostics.filter((d) => d.code === 'agreement/fee-within-maximum').map((d) => ({ file: file.uri, d })),
  );
  return findings.flatMap(({ file, d }) => {
    const parsed = workspace
      .documents()
      .find((doc) => doc.uri === file && doc.range.start.line <= d.range.start.line && d.range.start.line <= doc.range.end.line);
    const agreement = parsed && typed(parsed);
    // `kind === 'PlacementAgreement'` narrows the value to the agreement's generated type.
    if (agreement?.kind !== 'PlacementAgreement') return [];
    const { spec, metadata } = agreement.value;
    return [{ agreement: metadata.id, file, line: d.range.start.line + 1, placingAuthority: spec.placingAuthority, finding: d.message }];
  });
}

if (process.argv[1]?.endsWith('fees-over-maximum.js')) {
  for (const row of await feesOverMaximum(process.argv[2] ?? '.'))
    console.log(`${row.agreement} (${row.file}:${row.line}): ${row.finding}`);
}
