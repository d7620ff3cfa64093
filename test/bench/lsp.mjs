/**
 * Language server benchmark (not a test): `node test/bench/lsp.mjs [runs]` after `pnpm build`.
 * Prints the median of repeated runs of
 *   - diagnostics after a one-character edit to a generated 10,000-line consortium (target < 100 ms),
 *     pulled right after the edit, so the push-mode debounce (150 ms) is not counted: a character in a
 *     description, Enter at the end of a line, and a character of a half-typed property name (a YAML
 *     error, which makes the server read the whole file);
 *   - completion in that file (target < 50 ms);
 *   - the server's resident memory with the examples workspace indexed and every example open (target < 150 MB);
 *   - the same edit in redhat's yaml-language-server, which knows the consortium schema (yaml.schemas) but none of
 *     NOF's rules: edit to published diagnostics less its fixed 200 ms debounce. NOF must not be the slower.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CompletionRequest, DidChangeConfigurationNotification, PublishDiagnosticsNotification } from 'vscode-languageserver-protocol/node';
import { largeConsortium } from './lsp-large-consortium.mjs';
import { start } from './lsp-client.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const NOF_SERVER = join(root, 'packages/language-server/dist/bin.js');
const REDHAT_SERVER = join(root, 'node_modules/yaml-language-server/bin/yaml-language-server');
/** yaml-language-server's `validationDelayMs`: it validates this long after the last change. */
const REDHAT_DEBOUNCE_MS = 200;

/** CPU time (user + system) a process has used, in ms: on a busy machine a steadier measure than wall time. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime (fields 14 and 15 of stat) in clock ticks, which Linux counts at 100 a second.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

function yamlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

async function timings() {
  const folder = mkdtempSync(join(tmpdir(), 'nof-bench-'));
  cpSync(join(root, 'examples'), folder, { recursive: true });
  const text = largeConsortium(10_000);
  const path = join(folder, 'consortia/large.yaml');
  writeFileSync(path, text);
  const file = pathToFileURL(path).href;
  const server = await start(NOF_SERVER, folder);
  await server.open(file, text);
  await server.pull(file);
  const lines = text.split('\n');
  /** Edit to pulled diagnostics, median wall time and mean server CPU, over `runs` keystrokes. */
  async function keystrokes(edit) {
    const times = [];
    const cpuBefore = cpuMs(server.child.pid);
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await server.change(file, [edit(i)]);
      await server.pull(file);
      times.push(performance.now() - started);
    }
    return { wall: median(times), cpu: (cpuMs(server.child.pid) - cpuBefore) / runs };
  }
  const description = await keystrokes((i) => oneCharacterEdit(lines, i));
  // Enter at the end of a lot's line, then its removal: a blank line comes and goes after an item.
  const lot = lines.findLastIndex((l) => l.trim() === 'service: fostering');
  const indent = lines[lot].length - lines[lot].trimStart().length;
  const enter = await keystrokes((i) =>
    i % 2 === 0
      ? {
          range: { start: { line: lot, character: lines[lot].length }, end: { line: lot, character: lines[lot].length } },
          text: '\n' + ' '.repeat(indent),
        }
      : { range: { start: { line: lot, character: lines[lot].length }, end: { line: lot + 1, character: indent } }, text: '' },
  );
  // Completion of a lot's property names, deep in the file.
  const completions = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const items = await server.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: file },
      position: { line: lot, character: 10 },
    });
    completions.push(performance.now() - started);
    count = (Array.isArray(items) ? items : (items?.items ?? [])).length;
  }
  // A property name being typed on a new line is a YAML error until its colon: the whole file is read.
  const at = { line: lot + 1, character: 0 };
  await server.change(file, [{ range: { start: at, end: at }, text: ' '.repeat(indent) + 'n\n' }]);
  await server.pull(file);
  const typingKey = await keystrokes((i) => {
    const after = { line: lot + 1, character: indent + 1 };
    return i % 2 === 0
      ? { range: { start: after, end: after }, text: 'a' }
      : { range: { start: after, end: { line: lot + 1, character: indent + 2 } }, text: '' };
  });
  server.stop();
  rmSync(folder, { recursive: true, force: true });
  return { lines: lines.length, description, enter, typingKey, completion: median(completions), count };
}

/** A character inside a description: the edit a person makes most. */
function oneCharacterEdit(lines, i) {
  const line = lines.findIndex((l) => l.includes('Leeds City Council leads on procurement'));
  const character = lines[line].indexOf('leads');
  return { range: { start: { line, character }, end: { line, character: character + 1 } }, text: i % 2 ? 'l' : 'L' };
}

/**
 * The same file and edits in redhat's yaml-language-server, told by yaml.schemas to check the
 * file against the consortium schema (copied beside it, so the file's own modeline finds the
 * same schema). It only publishes, so the time is edit to published diagnostics less its debounce.
 */
async function redhatEdit() {
  const folder = mkdtempSync(join(tmpdir(), 'nof-bench-redhat-'));
  cpSync(join(root, 'schemas'), join(folder, 'schemas'), { recursive: true });
  const path = join(folder, 'examples/consortia/large.yaml');
  mkdirSync(dirname(path), { recursive: true });
  const text = largeConsortium(10_000);
  writeFileSync(path, text);
  const file = pathToFileURL(path).href;
  const schema = pathToFileURL(join(folder, 'schemas/v1/consortium.schema.json')).href;
  // No schema store: it would be fetched from the network.
  const yaml = { validate: true, schemas: { [schema]: '**/consortia/*.yaml' }, schemaStore: { enable: false } };
  const server = await start(REDHAT_SERVER, folder, (section) => (section === 'yaml' ? yaml : {}));
  const published = [];
  let waiting;
  server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    if (p.uri !== file) return;
    published.push(p.diagnostics);
    waiting?.(p.diagnostics);
  });
  const next = () => new Promise((resolve) => (waiting = resolve));
  await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { yaml } });
  let diagnostics = next();
  await server.open(file, text, 'yaml');
  await diagnostics;
  const lines = text.split('\n');
  const edits = [];
  const cpuBefore = cpuMs(server.child.pid);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    diagnostics = next();
    await server.change(file, [oneCharacterEdit(lines, i)]);
    await diagnostics;
    edits.push(performance.now() - started - REDHAT_DEBOUNCE_MS);
  }
  const editCpu = (cpuMs(server.child.pid) - cpuBefore) / runs;
  // Proof that it checks against the schema: a status the schema does not allow is reported.
  const line = lines.findIndex((l) => l.trim() === 'status: active');
  const character = lines[line].indexOf('active');
  diagnostics = next();
  await server.change(file, [{ range: { start: { line, character }, end: { line, character: character + 6 } }, text: 'actve' }]);
  const found = await diagnostics;
  server.stop();
  rmSync(folder, { recursive: true, force: true });
  if (found.length === 0) throw new Error('yaml-language-server did not check the file against the consortium schema');
  return { edit: median(edits), editCpu };
}

async function memory() {
  const folder = mkdtempSync(join(tmpdir(), 'nof-bench-'));
  cpSync(join(root, 'examples'), folder, { recursive: true });
  const server = await start(NOF_SERVER, folder);
  const files = yamlFiles(folder);
  for (const path of files) await server.open(pathToFileURL(path).href, readFileSync(path, 'utf8'));
  for (const path of files) await server.pull(pathToFileURL(path).href);
  const rss = rssMb(server.child.pid);
  server.stop();
  rmSync(folder, { recursive: true, force: true });
  return { files: files.length, rss };
}

const t = await timings();
const m = await memory();
const r = await redhatEdit();
const figures = (k) => `median ${k.wall.toFixed(1)} ms over ${runs} runs, server CPU ${k.cpu.toFixed(0)} ms per edit`;
console.log(`diagnostics after a one-character edit (${t.lines} lines), target < 100 ms:`);
console.log(`  a character in a description: ${figures(t.description)}`);
console.log(`  Enter at the end of a line, and back: ${figures(t.enter)}`);
console.log(`  a character of a half-typed property name (a YAML error, so the whole file is read): ${figures(t.typingKey)}`);
console.log(`completion (${t.count} items): median ${t.completion.toFixed(1)} ms over ${runs} runs (target < 50 ms)`);
console.log(`resident memory, examples workspace (${m.files} files open): ${m.rss.toFixed(0)} MB (target < 150 MB)`);
console.log(
  `yaml-language-server, the description edit with the same schema: median ${r.edit.toFixed(1)} ms, server CPU ${r.editCpu.toFixed(0)} ms per edit`,
);
console.log(
  `NOF / yaml-language-server: ${(t.description.wall / r.edit).toFixed(2)} by time, ${(t.description.cpu / r.editCpu).toFixed(2)} by CPU (target <= 1)`,
);
