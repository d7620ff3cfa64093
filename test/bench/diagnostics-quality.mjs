/**
 * Diagnostic quality, side by side (issue 19; not a test): `pnpm bench:diagnostics` after
 * `pnpm build`. Every case of the planted-error corpus (test/diagnostics-quality/corpus.mjs) is
 * checked by NOF (a workspace of the examples, as the editor and `nof validate` see it) and by
 * redhat's yaml-language-server 1.25 over stdio, which finds the NOF schema of each file by its
 * modeline. A case is exact when the checker gives one diagnostic for the file, on the planted
 * line; NOF must also give the expected code (yaml-language-server has codes of its own, so it
 * is judged on count and line only). The test in test/diagnostics-quality.test.ts holds NOF to
 * 97%; this prints both rates, overall, by operator and by kind.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, PublishDiagnosticsNotification } from 'vscode-languageserver-protocol/node';
import { plantedErrors } from '../diagnostics-quality/corpus.mjs';
import { nofResults, percent, score } from '../diagnostics-quality/score.mjs';
import { start } from './lsp-client.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { loadWorkspace } = await import(new URL('packages/sdk/dist/node/index.js', pathToFileURL(root)).href);
const REDHAT_SERVER = join(root, 'node_modules/yaml-language-server/bin/yaml-language-server');
/** Cases open at once in yaml-language-server. */
const BATCH = 25;
/** After the last case of a batch is published, how long no more must come before its results are read. */
const QUIET_MS = 300;

/**
 * A copy of the examples and schemas where yaml-language-server can resolve everything on disk:
 * each schema's `$id` (https://schemas.nof.org.uk/...) becomes its file's address, so relative
 * `$ref`s such as `common.schema.json#/$defs/date` resolve to the copy, not to the network.
 */
function localCopy() {
  const folder = mkdtempSync(join(tmpdir(), 'nof-diagnostics-'));
  cpSync(join(root, 'examples'), join(folder, 'examples'), { recursive: true });
  cpSync(join(root, 'schemas'), join(folder, 'schemas'), { recursive: true });
  for (const version of readdirSync(join(folder, 'schemas')).filter((d) => /^v[0-9]+$/.test(d))) {
    for (const file of readdirSync(join(folder, 'schemas', version)).filter((f) => f.endsWith('.schema.json'))) {
      const path = join(folder, 'schemas', version, file);
      const schema = JSON.parse(readFileSync(path, 'utf8'));
      schema.$id = pathToFileURL(path).href;
      writeFileSync(path, JSON.stringify(schema));
    }
  }
  return folder;
}

/** yaml-language-server's diagnostics for every case, each opened beside the example it copies. */
async function redhatResults(cases) {
  const folder = localCopy();
  const yaml = { validate: true, schemaStore: { enable: false }, format: { enable: false } };
  const server = await start(REDHAT_SERVER, folder, (section) => (section === 'yaml' ? yaml : {}));
  await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { yaml } });
  const published = new Map();
  let onPublish = () => {};
  server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.set(p.uri, p.diagnostics);
    onPublish();
  });
  const results = new Map();
  for (let i = 0; i < cases.length; i += BATCH) {
    const batch = cases.slice(i, i + BATCH).map((c, k) => ({
      c,
      uri: pathToFileURL(join(folder, dirname(c.file), `case-${i + k}.yaml`)).href,
    }));
    await new Promise((resolve) => {
      let timer;
      onPublish = () => {
        clearTimeout(timer);
        if (batch.every((b) => published.has(b.uri))) timer = setTimeout(resolve, QUIET_MS);
      };
      for (const b of batch) server.open(b.uri, b.c.text, 'yaml');
    });
    for (const b of batch)
      results.set(
        b.c.id,
        published.get(b.uri).map((d) => ({ line: d.range.start.line, message: d.message })),
      );
    await Promise.all(batch.map((b) => server.close(b.uri)));
  }
  server.stop();
  rmSync(folder, { recursive: true, force: true });
  return results;
}

const cases = plantedErrors(root);
const nof = nofResults(cases, await loadWorkspace(join(root, 'examples')), root);
const redhat = await redhatResults(cases);
if (!cases.some((c) => redhat.get(c.id).length > 0)) throw new Error('yaml-language-server reported nothing: it did not check the files');

const nofExact = score(cases, nof);
const nofLine = score(cases, nof, false);
const redhatLine = score(cases, redhat, false);
const row = (name, a, b, c) => console.log(`${name.padEnd(28)}${a.padEnd(22)}${b.padEnd(22)}${c}`);
console.log(`Planted-error corpus: ${cases.length} cases, one mistake each, in copies of the examples.`);
console.log('Exact = one diagnostic for the file, on the planted line (and for NOF, with the expected code).\n');
row('', 'NOF (line and code)', 'NOF (line)', 'yaml-language-server (line)');
row('all', percent(nofExact), percent(nofLine), percent(redhatLine));
for (const key of ['byOperator', 'byKind']) {
  console.log('');
  for (const name of Object.keys(nofExact[key]))
    row(`  ${name}`, percent(nofExact[key][name]), percent(nofLine[key][name]), percent(redhatLine[key][name]));
}
if (process.argv.includes('--misses')) {
  for (const [name, result] of [
    ['NOF', nofExact],
    ['yaml-language-server', redhatLine],
  ]) {
    console.log(`\n${name} misses:`);
    const found = name === 'NOF' ? nof : redhat;
    for (const c of result.misses)
      console.log(
        `  ${c.id} (${c.note}): ${found
          .get(c.id)
          .map((d) => `${d.line + 1} ${d.code ?? ''} ${d.message.slice(0, 80)}`)
          .join(' | ')}`,
      );
  }
}
