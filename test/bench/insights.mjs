/**
 * Benchmark: `nof insights` over England's volume. `nof sample` writes a region of about 83,000
 * placement agreements with their trackers and requests, the providers and monitoring visits
 * (AGREEMENTS=n changes the size, SEED=n the seed, KEEP=1 keeps the folder). Then, medians of
 * repeated runs of
 *   (a) the baseline: every file parsed with yaml and each document validated with one plain ajv
 *       (strict, the shipped schemas), the least any tool must do to read the same files;
 *   (b) the insights themselves (workspaceInsights over the loaded workspace), and
 *   (c) rendering them as Markdown, JSON, CSV and HTML (SVG charts),
 * with the SDK's own reading of the files (loadWorkspace: YAML with positions and the schema
 * stage, what `nof insights` runs) measured once for scale. Run `pnpm bench` (after `pnpm build`).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sdkDir = new URL('../../packages/sdk/', import.meta.url);
const require = createRequire(new URL('package.json', sdkDir));
const { parseAllDocuments } = require('yaml');
const { Ajv2020 } = require('ajv/dist/2020.js');
const addFormats = require('ajv-formats').default ?? require('ajv-formats');
const { ANNOTATION_KEYWORDS, loadWorkspace, sampleFiles } = await import(new URL('dist/node/index.js', sdkDir).href);
const insightsApi = await import(new URL('dist/insights/index.js', sdkDir).href);
const { readExamples } = await import(new URL('../../packages/cli/dist/commands/sample.js', import.meta.url).href);

const AGREEMENTS = Number(process.env.AGREEMENTS ?? 83_000);
const SEED = Number(process.env.SEED ?? 1);
const RUNS = Number(process.env.RUNS ?? 5);
const BASE_RUNS = Number(process.env.BASE_RUNS ?? 3);
const AS_OF = '2015-06-01';

const ms = (n) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(0)} ms`);

/** The median of `runs` timed calls of `f` (after one untimed warm-up when `warm`). */
async function median(f, runs, warm = true) {
  if (warm) await f();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await f();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
}

/** Every YAML file below `dir`. */
function yamlFiles(dir) {
  const out = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml') && entry.name !== 'nof.config.yaml') out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** One plain ajv with every shipped schema, finding a document's schema by apiVersion and kind. */
function plainValidator() {
  const dir = new URL('../../packages/schemas/data/', import.meta.url);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(ANNOTATION_KEYWORDS);
  for (const version of ['v1', 'v2']) {
    for (const file of readdirSync(new URL(`${version}/`, dir)).filter((f) => f.endsWith('.schema.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(new URL(`${version}/${file}`, dir), 'utf8')));
    }
  }
  const file = (kind) => kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return (doc) => ajv.getSchema(`https://schemas.nof.org.uk/${doc.apiVersion.slice(4)}/${file(doc.kind)}.schema.json`)(doc);
}

const dir = mkdtempSync(join(tmpdir(), 'nof-insights-bench-'));
try {
  let start = performance.now();
  let written = 0;
  for (const [path, text] of sampleFiles(readExamples(fileURLToPath(new URL('../../examples/', import.meta.url))), {
    seed: SEED,
    agreements: AGREEMENTS,
  })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    written++;
  }
  const files = yamlFiles(dir);
  console.log(
    `nof sample: ${written.toLocaleString('en-GB')} files (${AGREEMENTS.toLocaleString('en-GB')} agreements, seed ${SEED}) in ${ms(performance.now() - start)}`,
  );

  // (a) yaml + plain ajv over the same files.
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const validate = plainValidator();
  let count = 0;
  const baseline = await median(
    () => {
      count = 0;
      for (const text of texts) {
        for (const d of parseAllDocuments(text)) {
          const value = d.toJS();
          if (!validate(value)) throw new Error(`not valid: ${value.metadata?.id}`);
          count++;
        }
      }
    },
    BASE_RUNS,
    false,
  );

  // The SDK's reading, as `nof insights` does it: the folder loaded as a workspace.
  start = performance.now();
  const workspace = await loadWorkspace(dir);
  const read = performance.now() - start;
  const documents = workspace.checkableDocuments().length;
  texts.length = 0;
  const rss = process.memoryUsage().rss;

  // (b) the insights, and (c) each format.
  let insights;
  const build = await median(() => {
    insights = insightsApi.workspaceInsights(workspace, { asOf: AS_OF });
  }, RUNS);
  const renders = {};
  for (const [name, render] of Object.entries({
    md: insightsApi.renderInsightsMarkdown,
    json: insightsApi.renderInsightsJson,
    csv: insightsApi.renderInsightsCsv,
    html: insightsApi.renderInsightsHtml,
  })) {
    renders[name] = await median(() => render(insights), Math.min(RUNS, 3));
  }

  const placements = insights.valueForMoney.tables.byRoute.rows.at(-1).placements;
  console.log(
    `documents: ${count.toLocaleString('en-GB')} (${documents.toLocaleString('en-GB')} checkable in the SDK's workspace; ${placements.toLocaleString('en-GB')} placements started by ${AS_OF})`,
  );
  console.log(`medians: (a) ${BASE_RUNS} runs, (b) ${RUNS} runs, (c) ${Math.min(RUNS, 3)} runs`);
  console.log(`(a) yaml parse + ajv validate, every file:  ${ms(baseline)}`);
  console.log(`(b) workspaceInsights over those documents:  ${ms(build)}   ratio to (a) ${(build / baseline).toFixed(2)}`);
  for (const [name, t] of Object.entries(renders))
    console.log(`(c) render ${name.padEnd(4)}                             ${ms(t)}   ratio to (a) ${(t / baseline).toFixed(3)}`);
  console.log(`SDK loadWorkspace (positions, schema stage), once: ${ms(read)}   ratio to (a) ${(read / baseline).toFixed(2)}`);
  console.log(`memory with the documents read: ${Math.round(rss / 1048576).toLocaleString('en-GB')} MiB RSS`);
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}
