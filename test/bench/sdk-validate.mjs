/**
 * Benchmark (issue 4): what the SDK's validation costs over the bare minimum. On one
 * 10,000-line consortium file, medians of repeated runs of
 *   (a) `yaml` parse + one plain ajv validation against the same schema, and
 *   (b) the SDK's validateText (positions, located messages), and a Workspace with every rule.
 * Target: (b) validateText / (a) <= 1.5. Run `pnpm bench` (after `pnpm build`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { largeConsortium } from './lsp-large-consortium.mjs';

const sdkDir = new URL('../../packages/sdk/', import.meta.url);
const require = createRequire(new URL('package.json', sdkDir));
const { parse } = require('yaml');
const { Ajv2020 } = require('ajv/dist/2020.js');
const addFormats = require('ajv-formats').default ?? require('ajv-formats');
const { validateText, Workspace, SchemaRegistry } = await import(new URL('dist/index.js', sdkDir).href);
const { ANNOTATION_KEYWORDS } = await import(new URL('dist/node/index.js', sdkDir).href);

const RUNS = Number(process.env.RUNS ?? 9);
const text = largeConsortium(10_000);

/** The shipped v1 schemas, as a plain ajv (the SDK's settings minus its error detail) sees them. */
function plainValidator() {
  const dir = new URL('../../packages/schemas/data/v1/', import.meta.url);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(ANNOTATION_KEYWORDS);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json')))
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  return ajv.getSchema('https://schemas.nof.org.uk/v1/consortium.schema.json');
}

function median(f) {
  f(); // warm-up: compile schemas, JIT
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
}

const validate = plainValidator();
const registry = SchemaRegistry.shipped();
const baseline = median(() => {
  if (!validate(parse(text))) throw new Error(`the generated consortium is not valid: ${JSON.stringify(validate.errors?.[0])}`);
});
const sdk = median(() => {
  const result = validateText(text, 'large.yaml', { registry });
  if (result.diagnostics.some((d) => d.severity === 'error')) throw new Error(`unexpected error: ${result.diagnostics[0].message}`);
});
const workspace = median(() => {
  const ws = new Workspace({ registry, asOf: '2015-06-01' });
  ws.set('large.yaml', text);
  ws.validateAll();
});

const ms = (n) => `${n.toFixed(1)} ms`;
console.log(`consortium of ${text.split('\n').length} lines, medians of ${RUNS} runs`);
console.log(`(a) yaml parse + ajv validate:     ${ms(baseline)}`);
console.log(`(b) SDK validateText:              ${ms(sdk)}   ratio ${(sdk / baseline).toFixed(2)} (target <= 1.5)`);
console.log(`    SDK Workspace with every rule: ${ms(workspace)}   ratio ${(workspace / baseline).toFixed(2)}`);
