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
  /** The core fee, wherever the agreement's version writes it. */
  fee: { amount: number; per: string };
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
    // typed() checks the document is a schema-valid agreement and types it as v1 or v2.
    const agreement = parsed && typed(parsed, 'PlacementAgreement');
    if (!agreement) return [];
    const { spec, metadata } = agreement.value;
    // v2 renamed the fee: checking the version narrows the type (reading weeklyFee without it does not compile).
    const fee = agreement.apiVersion === 'nof/v2' ? agreement.value.spec.fees.coreWeeklyFee : agreement.value.spec.fees.weeklyFee;
    return [
      { agreement: metadata.id, file, line: d.range.start.line + 1, placingAuthority: spec.placingAuthority, fee, finding: d.message },
    ];
  });
}

if (process.argv[1]?.endsWith('fees-over-maximum.js')) {
  for (const row of await feesOverMaximum(process.argv[2] ?? '.'))
    console.log(`${row.agreement} (${row.file}:${row.line}): ${row.finding}`);
}
