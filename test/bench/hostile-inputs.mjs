/**
 * Benchmark (issue 14): small inputs that took quadratic time or worse. For each, the median of
 * repeated runs of validateText (or of a completion), and its cost per kilobyte as a multiple of
 * a valid 2,000-line consortium's, measured in the same process: about 1 means as cheap as
 * ordinary text. Each case runs in its own process, cut off after --limit seconds.
 *
 *   node test/bench/hostile-inputs.mjs [--sdk <built sdk folder>] [--runs N] [--limit S] [--only NAME]
 *
 * `--sdk` measures another build (a checkout of an older commit, after `pnpm build` there).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { largeConsortium } from './lsp-large-consortium.mjs';

const HEAD = 'apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: x\n  name: y\n';

/** Each case: its text, and what to time (validateText unless it says otherwise). */
const CASES = {
  'nested flow keys, 1.2 KB (issue)': () => `a: ${'[{'.repeat(300)}${'}]'.repeat(300)}\n`,
  'nested flow keys, 120 levels': () => `a: ${'[{'.repeat(60)}${'}]'.repeat(60)}\n`,
  '20,000 duplicate keys': () => 'a: 1\n'.repeat(20_000),
  '20,000 distinct keys': () => Array.from({ length: 20_000 }, (_, i) => `k${i}: 1\n`).join(''),
  '8,000 aliases of one anchor': () => `a: &a x\nb:\n${'  - *a\n'.repeat(8000)}`,
  '4,000 anchored lists, each aliased': () =>
    Array.from({ length: 4000 }, (_, i) => `s${i}: &s${i} x\nb${i}: &b${i} [*s${i}]\nc${i}: *b${i}\n`).join(''),
  'compact mappings chained, 25 KB (issue)': () => `${'- a: '.repeat(5000)}x\n`,
  'list items nested on one line, 4 KB (issue)': () => `a:\n${'- '.repeat(2000)}x\n`,
  '150,000 schema errors': () => `${HEAD}spec:\n  type: regional\n  members: [${'1, '.repeat(149_999)}1]\n`,
  '10,000 unknown properties': () => `${HEAD}${Array.from({ length: 10_000 }, (_, i) => `  k${i}: v\n`).join('')}`,
  '500 KB of stray brackets': () => ']'.repeat(500_000),
  'completion at line 2147483647': () => largeConsortium(10_000),
};

const { values } = parseArgs({
  options: {
    sdk: { type: 'string', default: fileURLToPath(new URL('../../packages/sdk/', import.meta.url)) },
    runs: { type: 'string', default: '7' },
    limit: { type: 'string', default: '120' },
    only: { type: 'string' },
    case: { type: 'string' },
  },
});

if (values.case) {
  // In the child: time one case and print its figures as JSON.
  const sdk = await import(new URL('dist/index.js', `file://${values.sdk.replace(/\/?$/, '/')}`).href);
  const registry = sdk.SchemaRegistry.forDir();
  const text = CASES[values.case]();
  const completion = values.case.startsWith('completion');
  const workspace = completion ? new sdk.Workspace({ registry }) : undefined;
  workspace?.set('file:///large.yaml', text);
  const run = completion
    ? () => sdk.completionsAt(workspace, 'file:///large.yaml', text, { line: 2147483647, character: 2147483647 })
    : () => sdk.validateText(text, 'case.yaml', { registry });
  const median = (f, runs) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      f();
      times.push(performance.now() - start);
      // A slow case is timed once: its figure is what matters, not its spread.
      if (times[0] > 2000) break;
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  };
  const baseText = largeConsortium(2000);
  median(() => sdk.validateText(baseText, 'base.yaml', { registry }), 2);
  const base = median(() => sdk.validateText(baseText, 'base.yaml', { registry }), Number(values.runs));
  const ms = median(run, Number(values.runs));
  console.log(JSON.stringify({ ms, kb: text.length / 1024, baseMsPerKb: base / (baseText.length / 1024) }));
  process.exit(0);
}

const rows = [];
for (const name of Object.keys(CASES)) {
  if (values.only && !name.includes(values.only)) continue;
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--case', name, '--sdk', values.sdk, '--runs', values.runs], {
    encoding: 'utf8',
    timeout: Number(values.limit) * 1000,
    maxBuffer: 1 << 20,
  });
  if (child.error) rows.push([name, `> ${values.limit} s`, '', '']);
  else if (child.status !== 0)
    rows.push([name, `threw: ${/^\w*Error: .*$/m.exec(child.stderr)?.[0] ?? child.stderr.trim().split('\n').at(-1)}`, '', '']);
  else {
    const { ms, kb, baseMsPerKb } = JSON.parse(child.stdout.trim().split('\n').at(-1));
    const ratio = name.startsWith('completion') ? '' : `${(ms / kb / baseMsPerKb).toFixed(1)}x`;
    rows.push([name, ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(1)} s`, `${kb.toFixed(0)} KB`, ratio]);
  }
  console.log(rows.at(-1).join('  |  '));
}
console.log(`\nMedians of ${values.runs} runs of ${values.sdk}; the ratio is the cost per KB against a valid consortium's.`);
