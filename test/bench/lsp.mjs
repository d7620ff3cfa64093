/**
 * Language server benchmark (issue 19; not a test): `node test/bench/lsp.mjs [runs]` after
 * `pnpm build` (part of `pnpm bench`). NOF's server on a copy of the examples workspace with a
 * generated 10,000-line consortium, beside redhat's yaml-language-server 1.25 on the same file
 * (told by yaml.schemas to check it against the consortium schema: it knows none of NOF's rules).
 * Medians of `runs` keystrokes, each after a pause, so that every one is checked on its own:
 *   - one keystroke to published diagnostics, for a character in a description, Enter at the end
 *     of a line (and back), a character of a half-typed property name (a YAML error until
 *     its colon is typed), the colon that ends the error (and back), a character of a top-level
 *     name half-typed at column 0 before `spec` and a `[` left open in a value (errors no one
 *     property holds); target < 100 ms for each, debounce included;
 *   - typing fast (10 keys a second, a property name being typed): server CPU per keystroke, and
 *     the wait from the last keystroke to the diagnostics of the final text;
 *   - the same keystrokes with diagnostics pulled right after the edit, as VS Code pulls;
 *   - completion of a lot's property names (target < 50 ms);
 *   - resident memory with every example and the consortium open, at 10,000 and 50,000 lines
 *     (target < 150 MiB): the median, over MEMORY_RUNS servers, of each one's settled resident size
 *     (lsp-memory.mjs), and what it is made of (V8 heap used after a full collection, heap committed
 *     by space, external), read by a probe preloaded into the server (lsp-memory-probe.mjs: set
 *     NOF_MEMORY_SNAPSHOT=file.heapsnapshot there to take a heap snapshot to study).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CompletionRequest, DidChangeConfigurationNotification, PublishDiagnosticsNotification } from 'vscode-languageserver-protocol/node';
import { largeConsortium } from './lsp-large-consortium.mjs';
import { start } from './lsp-client.mjs';
import { composition, probed, settledRssMb } from './lsp-memory.mjs';
import { load, median } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);
const NOF_SERVER = join(root, 'packages/language-server/dist/bin.js');
const REDHAT_SERVER = join(root, 'node_modules/yaml-language-server/bin/yaml-language-server');
/** Between two timed keystrokes: longer than either server's debounce, so each is checked alone. */
const PAUSE_MS = 400;
/** Typing fast: this many keystrokes, this far apart. */
const BURST = { keys: 30, everyMs: 100 };
/** Servers started for each memory figure (each is one opening of the workspace, and noisy). */
const MEMORY_RUNS = 3;

/** CPU time (user + system) a process has used, in ms: on a busy machine a steadier measure than wall time. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime (fields 14 and 15 of stat) in clock ticks, which Linux counts at 100 a second.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function yamlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** The keystrokes, as LSP content changes of the generated file's `lines`. */
function keystrokes(lines) {
  // A character of a description deep in the file (in the last arrangement).
  const line = lines.findLastIndex((l) => l.includes('summary: Framework prices are held'));
  const character = lines[line].indexOf('prices');
  const description = (i) => ({ range: { start: { line, character }, end: { line, character: character + 1 } }, text: i % 2 ? 'p' : 'P' });
  // Enter at the end of a lot's line, then its removal: a blank line comes and goes after an item.
  const lot = lines.findLastIndex((l) => l.trim() === 'service: fostering');
  const indent = lines[lot].length - lines[lot].trimStart().length;
  const end = { line: lot, character: lines[lot].length };
  const enter = (i) =>
    i % 2 === 0
      ? { range: { start: end, end }, text: '\n' + ' '.repeat(indent) }
      : { range: { start: end, end: { line: lot + 1, character: indent } }, text: '' };
  // A property name being typed on a new line after the lot's `service`: a YAML error until its colon.
  const at = { line: lot + 1, character: 0 };
  const startKey = { range: { start: at, end: at }, text: ' '.repeat(indent) + 'n\n' };
  const after = { line: lot + 1, character: indent + 1 };
  const typingKey = (i) =>
    i % 2 === 0
      ? { range: { start: after, end: after }, text: 'a' }
      : { range: { start: after, end: { line: lot + 1, character: indent + 2 } }, text: '' };
  // The colon that ends the half-typed name's error, after the name `typingKey` leaves (`n`, or `na` after an odd count), and back.
  const colonAt = { line: lot + 1, character: indent + 1 + (runs % 2) };
  const colonKey = (i) =>
    i % 2 === 0
      ? { range: { start: colonAt, end: colonAt }, text: ':' }
      : { range: { start: colonAt, end: { line: lot + 1, character: colonAt.character + 1 } }, text: '' };
  const colonRemoved = colonKey(1);
  // Typing fast: the name goes on growing, one letter at a time.
  const burstKey = (i) => {
    const where = { line: lot + 1, character: indent + 1 + i };
    return { range: { start: where, end: where }, text: 'abcdefghijklmnopqrstuvwxyz'[i % 26] };
  };
  // A top-level name typed at column 0 between `metadata` and `spec`: half-typed, it runs into `spec`'s name (a YAML
  // error no one property holds); set up with its first letter, then a letter typed and erased; taken away again at the end.
  const spec = lines.indexOf('spec:');
  const topAt = { line: spec, character: 0 };
  const startTopKey = { range: { start: topAt, end: topAt }, text: 'm\n' };
  const topAfter = { line: spec, character: 1 };
  const topKey = (i) =>
    i % 2 === 0
      ? { range: { start: topAfter, end: topAfter }, text: 'e' }
      : { range: { start: topAfter, end: { line: spec, character: 2 } }, text: '' };
  const endTopKey = { range: { start: topAt, end: { line: spec + 1, character: 0 } }, text: '' };
  // A `[` left open at the start of spec's first value (`type: [regional`): the next property's line closes it, with
  // an error no one property holds; then erased.
  const bracketAt = { line: spec + 1, character: lines[spec + 1].indexOf(': ') + 2 };
  const bracketKey = (i) =>
    i % 2 === 0
      ? { range: { start: bracketAt, end: bracketAt }, text: '[' }
      : { range: { start: bracketAt, end: { line: bracketAt.line, character: bracketAt.character + 1 } }, text: '' };
  return { description, enter, startKey, typingKey, colonKey, colonRemoved, burstKey, lot, startTopKey, topKey, endTopKey, bracketKey };
}

/** A promise of the next diagnostics a server publishes for `file`, and of them settling. */
function publications(server, file) {
  const waiting = [];
  let last = 0;
  let count = 0;
  server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    if (p.uri !== file) return;
    last = performance.now();
    count++;
    for (const resolve of waiting.splice(0)) resolve(p.diagnostics);
  });
  return {
    next: () => new Promise((resolve) => waiting.push(resolve)),
    /** Waits for a publication after `since` (ms, performance.now()), then for `quietMs` without one; returns when the last came. */
    async settled(since = 0, quietMs = 1000) {
      const deadline = performance.now() + 30_000;
      while ((last <= since || performance.now() - last < quietMs) && performance.now() < deadline) await sleep(20);
      if (last <= since) throw new Error('no diagnostics were published');
      return last;
    },
    get count() {
      return count;
    },
  };
}

/** Keystroke to published diagnostics, median wall time and mean server CPU over `runs` keystrokes. */
async function publishedAfter(server, file, published, edit) {
  const times = [];
  const cpuBefore = cpuMs(server.child.pid);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const next = published.next();
    await server.change(file, [edit(i)]);
    await next;
    times.push(performance.now() - started);
    await sleep(PAUSE_MS);
  }
  return { wall: median(times), cpu: (cpuMs(server.child.pid) - cpuBefore) / runs };
}

/** Typing fast: CPU per keystroke, publications, and the wait from the last key to the last publication. */
async function typingFast(server, file, published, key) {
  const cpuBefore = cpuMs(server.child.pid);
  const countBefore = published.count;
  let lastKey = 0;
  for (let i = 0; i < BURST.keys; i++) {
    await server.change(file, [key(i)]);
    lastKey = performance.now();
    await sleep(BURST.everyMs);
  }
  const last = await published.settled(lastKey);
  return { cpuPerKey: (cpuMs(server.child.pid) - cpuBefore) / BURST.keys, published: published.count - countBefore, wait: last - lastKey };
}

/** A copy of the examples with the generated consortium of `lines` lines in consortia/large.yaml. */
function workspace(lines) {
  const folder = mkdtempSync(join(tmpdir(), 'nof-bench-'));
  cpSync(join(root, 'examples'), folder, { recursive: true });
  const text = largeConsortium(lines);
  const path = join(folder, 'consortia/large.yaml');
  writeFileSync(path, text);
  return { folder, text, file: pathToFileURL(path).href };
}

async function nofPushed() {
  const { folder, text, file } = workspace(10_000);
  const server = await start(NOF_SERVER, folder, () => ({}), { pullDiagnostics: false });
  const published = publications(server, file);
  const first = published.next();
  await server.open(file, text);
  await first;
  const keys = keystrokes(text.split('\n'));
  const description = await publishedAfter(server, file, published, keys.description);
  const enter = await publishedAfter(server, file, published, keys.enter);
  const startKey = published.next();
  await server.change(file, [keys.startKey]);
  await startKey;
  await sleep(PAUSE_MS);
  const typingKey = await publishedAfter(server, file, published, keys.typingKey);
  const colonKey = await publishedAfter(server, file, published, keys.colonKey);
  const { topKey, bracketKey } = await unconfined(
    keys,
    (edit) => publishedAfter(server, file, published, edit),
    async (edit) => {
      const next = published.next();
      await server.change(file, [edit]);
      await next;
      await sleep(PAUSE_MS);
    },
  );
  if (runs % 2) {
    // The name typed fast below is half-typed: the colon goes again.
    const removed = published.next();
    await server.change(file, [keys.colonRemoved]);
    await removed;
    await sleep(PAUSE_MS);
  }
  const burst = await typingFast(server, file, published, keys.burstKey);
  server.stop();
  rmSync(folder, { recursive: true, force: true });
  return { lines: text.split('\n').length, description, enter, typingKey, colonKey, topKey, bracketKey, burst };
}

/**
 * The keystrokes whose YAML error no one property holds, each timed by `timed`, the text set up and
 * restored around them by `untimed` edits: a top-level name half-typed before `spec`, and a bracket left open.
 */
async function unconfined(keys, timed, untimed) {
  await untimed(keys.startTopKey);
  const topKey = await timed(keys.topKey);
  if (runs % 2) await untimed(keys.topKey(1));
  await untimed(keys.endTopKey);
  const bracketKey = await timed(keys.bracketKey);
  if (runs % 2) await untimed(keys.bracketKey(1));
  return { topKey, bracketKey };
}

async function nofPulled() {
  const { folder, text, file } = workspace(10_000);
  const server = await start(NOF_SERVER, folder);
  await server.open(file, text);
  await server.pull(file);
  const keys = keystrokes(text.split('\n'));
  async function pulledAfter(edit) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await server.change(file, [edit(i)]);
      await server.pull(file);
      times.push(performance.now() - started);
    }
    return median(times);
  }
  const description = await pulledAfter(keys.description);
  const enter = await pulledAfter(keys.enter);
  await server.change(file, [keys.startKey]);
  await server.pull(file);
  const typingKey = await pulledAfter(keys.typingKey);
  const colonKey = await pulledAfter(keys.colonKey);
  const { topKey, bracketKey } = await unconfined(keys, pulledAfter, async (edit) => {
    await server.change(file, [edit]);
    await server.pull(file);
  });
  // Completion of a lot's property names, deep in the file.
  const completions = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const items = await server.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: file },
      position: { line: keys.lot, character: 10 },
    });
    completions.push(performance.now() - started);
    count = (Array.isArray(items) ? items : (items?.items ?? [])).length;
  }
  server.stop();
  rmSync(folder, { recursive: true, force: true });
  return { description, enter, typingKey, colonKey, topKey, bracketKey, completion: median(completions), count };
}

/** NOF's memory with every example and the generated consortium open and checked, after a few edits. */
async function nofMemory(lines) {
  const { folder, text, file } = workspace(lines);
  const probe = probed();
  const server = await start(NOF_SERVER, folder, () => ({}), { node: probe });
  const files = yamlFiles(folder);
  for (const path of files) await server.open(pathToFileURL(path).href, readFileSync(path, 'utf8'));
  for (const path of files) await server.pull(pathToFileURL(path).href);
  const keys = keystrokes(text.split('\n'));
  for (let i = 0; i < 10; i++) {
    await server.change(file, [keys.description(i)]);
    await server.pull(file);
  }
  const rss = await settledRssMb(server.child.pid);
  const made = await composition(server.child, probe);
  server.stop();
  probe.dispose();
  rmSync(folder, { recursive: true, force: true });
  return { files: files.length, rss, made };
}

/** The median of `measure()` over MEMORY_RUNS runs, by field (`made` by its fields), taken in turns with `others` so load falls alike. */
async function medianMemory(...measures) {
  const runs = measures.map(() => []);
  for (let round = 0; round < MEMORY_RUNS; round++) for (const [i, measure] of measures.entries()) runs[i].push(await measure());
  const of = (list, pick) => median(list.map(pick));
  return runs.map((list) => ({
    ...list[0],
    rss: of(list, (r) => r.rss),
    made: Object.fromEntries(Object.keys(list[0].made).map((k) => [k, of(list, (r) => r.made[k])])),
  }));
}

/**
 * The same file and keystrokes in redhat's yaml-language-server, told by yaml.schemas to check the
 * file against the consortium schema (copied beside it, so the file's own modeline finds the
 * same schema). It only publishes.
 */
async function redhat(lines = 10_000, timed = true) {
  const folder = mkdtempSync(join(tmpdir(), 'nof-bench-redhat-'));
  cpSync(join(root, 'schemas'), join(folder, 'schemas'), { recursive: true });
  const path = join(folder, 'examples/consortia/large.yaml');
  mkdirSync(dirname(path), { recursive: true });
  const text = largeConsortium(lines);
  writeFileSync(path, text);
  const file = pathToFileURL(path).href;
  const schema = pathToFileURL(join(folder, 'schemas/v1/consortium.schema.json')).href;
  // No schema store: it would be fetched from the network.
  const yaml = { validate: true, schemas: { [schema]: '**/consortia/*.yaml' }, schemaStore: { enable: false } };
  const probe = probed();
  const server = await start(REDHAT_SERVER, folder, (section) => (section === 'yaml' ? yaml : {}), { node: probe });
  const published = publications(server, file);
  await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { yaml } });
  const first = published.next();
  await server.open(file, text, 'yaml');
  await first;
  const keys = keystrokes(text.split('\n'));
  const result = {};
  if (timed) {
    result.description = await publishedAfter(server, file, published, keys.description);
    const startKey = published.next();
    await server.change(file, [keys.startKey]);
    await startKey;
    await sleep(PAUSE_MS);
    result.burst = await typingFast(server, file, published, keys.burstKey);
    // Proof that it checks against the schema: a status the schema does not allow is reported.
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.trim() === 'status: active');
    const character = lines[line].indexOf('active');
    const next = published.next();
    await server.change(file, [{ range: { start: { line, character }, end: { line, character: character + 6 } }, text: 'actve' }]);
    if ((await next).length === 0) throw new Error('yaml-language-server did not check the file against the consortium schema');
  }
  result.rss = await settledRssMb(server.child.pid);
  result.made = await composition(server.child, probe);
  server.stop();
  probe.dispose();
  rmSync(folder, { recursive: true, force: true });
  return result;
}

const loadBefore = load();
const pushed = await nofPushed();
const pulled = await nofPulled();
const r = await redhat();
const [memory, r10] = await medianMemory(
  () => nofMemory(10_000),
  () => redhat(10_000, false),
);
const [memory50, r50] = await medianMemory(
  () => nofMemory(50_000),
  () => redhat(50_000, false),
);

const ms = (n) => `${n.toFixed(1)} ms`;
const keystroke = (k) => `median ${ms(k.wall)}, server CPU ${k.cpu.toFixed(0)} ms a keystroke`;
console.log(
  `Language servers on a ${pushed.lines}-line consortium, medians of ${runs} keystrokes; load average ${loadBefore} to ${load()}`,
);
console.log('one keystroke to published diagnostics (target < 100 ms):');
console.log(`  a character in a description:      NOF ${keystroke(pushed.description)}`);
console.log(`                                     yaml-language-server ${keystroke(r.description)}`);
console.log(
  `                                     NOF / yaml-language-server ${(pushed.description.wall / r.description.wall).toFixed(2)} by time, ${(pushed.description.cpu / r.description.cpu).toFixed(2)} by CPU`,
);
console.log(`  Enter at the end of a line, back:  NOF ${keystroke(pushed.enter)}`);
console.log(`  a character of a half-typed name:  NOF ${keystroke(pushed.typingKey)}`);
console.log(`  the colon that ends it, and back:  NOF ${keystroke(pushed.colonKey)}`);
console.log(`  a top-level name half-typed at column 0 before \`spec\`: NOF ${keystroke(pushed.topKey)}`);
console.log(`  a bracket left open in spec's first value: NOF ${keystroke(pushed.bracketKey)}`);
const burst = (b) => `CPU ${b.cpuPerKey.toFixed(0)} ms a keystroke, ${b.published} publications, last ${ms(b.wait)} after the last key`;
console.log(`typing a property name at ${1000 / BURST.everyMs} keys a second (${BURST.keys} keys):`);
console.log(`  NOF ${burst(pushed.burst)}`);
console.log(`  yaml-language-server ${burst(r.burst)}`);
console.log(
  `keystroke to pulled diagnostics (pulled at once): description ${ms(pulled.description)}, Enter ${ms(pulled.enter)}, half-typed name ${ms(pulled.typingKey)}, its colon ${ms(pulled.colonKey)}, top-level name ${ms(pulled.topKey)}, open bracket ${ms(pulled.bracketKey)}`,
);
console.log(`completion (${pulled.count} items): median ${ms(pulled.completion)} (target < 50 ms)`);
const mib = (n) => `${n.toFixed(0)} MiB`;
const made = (m) =>
  `heap used ${mib(m.used)}, heap committed ${mib(m.committed)} (new space ${mib(m.newSpace)}, old ${mib(m.oldSpace)}, large objects ${mib(m.largeObjects)}, code ${mib(m.code)}), external ${mib(m.external)}; resident after it ${mib(m.rss)}`;
console.log(
  `resident memory once settled, medians of ${MEMORY_RUNS} servers (target < 150 MiB), and after a full collection what it is made of:`,
);
console.log(`  NOF, every example (${memory.files} files) open, 10,000 lines: ${mib(memory.rss)}; ${made(memory.made)}`);
console.log(`                                                 50,000 lines: ${mib(memory50.rss)}; ${made(memory50.made)}`);
console.log(`  yaml-language-server, the consortium open, 10,000 lines: ${mib(r10.rss)}; ${made(r10.made)}`);
console.log(`                                             50,000 lines: ${mib(r50.rss)}; ${made(r50.made)}`);
console.log(`  (yaml-language-server after the timed keystrokes above: ${mib(r.rss)})`);
