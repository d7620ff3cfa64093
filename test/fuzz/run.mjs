/**
 * The long fuzz run (issue 14): `pnpm fuzz [--seed N] [--cases N] [--class NAME]`, after `pnpm build`.
 * Prints every finding with what replays it (`--replay CLASS FILE SEED`), and the slowest cases;
 * exits 1 when something was found. The suite runs a few hundred of the same cases (test/fuzz/fuzz.test.ts).
 */
import { parseArgs } from 'node:util';
import { CLASSES, fuzz, replay } from './fuzz.mjs';

const entry = (path) => import(new URL(`../../packages/sdk/dist/${path}`, import.meta.url).href);
// The fuzz drives the main entry and the editor features of @nof/sdk/language.
const sdk = { ...(await entry('index.js')), ...(await entry('language/index.js')) };
const { values, positionals } = parseArgs({
  options: {
    seed: { type: 'string', default: String(Date.now() % 1e6) },
    cases: { type: 'string', default: '2000' },
    class: { type: 'string' },
    replay: { type: 'boolean' },
  },
  allowPositionals: true,
});

if (values.replay) {
  const [name, file, seed] = positionals;
  const findings = replay(sdk, name, file, Number(seed));
  for (const f of findings) console.log(`${f.label}: ${f.problem}`);
  console.log(findings.length ? `${findings.length} findings.` : 'Nothing found.');
  process.exit(findings.length ? 1 : 0);
}
if (values.class && !(values.class in CLASSES)) throw new Error(`--class is one of ${Object.keys(CLASSES).join(', ')}`);

const seed = Number(values.seed);
const cases = Number(values.cases);
const slowest = [];
const started = performance.now();
console.log(`Fuzzing ${cases} cases from seed ${seed}${values.class ? ` (${values.class} only)` : ''}...`);
const findings = fuzz(sdk, {
  seed,
  cases,
  only: values.class,
  onCase({ label, ms }) {
    slowest.push({ label, ms });
    slowest.sort((a, b) => b.ms - a.ms).splice(5);
  },
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nSlowest cases:\n${slowest.map((s) => `  ${s.ms.toFixed(0).padStart(6)} ms  ${s.label}`).join('\n')}`);
const byProblem = new Map();
for (const f of findings) byProblem.set(f.label, [...(byProblem.get(f.label) ?? []), f.problem]);
for (const [label, problems] of byProblem) {
  const [name, , file, , , seedText] = label.split(' ');
  console.log(
    `\n${label}\n  replay: pnpm fuzz --replay ${name} ${file.replace(/,$/, '')} ${seedText}\n${problems
      .slice(0, 5)
      .map((p) => `  - ${p}`)
      .join('\n')}`,
  );
}
console.log(
  `\n${cases} cases in ${seconds} s: ${findings.length ? `${findings.length} findings in ${byProblem.size} cases.` : 'nothing found.'}`,
);
process.exit(findings.length ? 1 : 0);
