/**
 * Language server benchmark (not a test): `node test/bench/lsp.mjs [runs]` after `pnpm build`.
 * Prints the median of repeated runs of
 *   - diagnostics after a one-character edit to a generated 10,000-line consortium (target < 100 ms),
 *     pulled right after the edit, so the push-mode debounce (150 ms) is not counted;
 *   - completion in that file (target < 50 ms);
 *   - the server's resident memory with the examples workspace indexed and every example open (target < 150 MB).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { largeConsortium } from './lsp-large-consortium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Starts the built server on a folder; resolves once the first pull shows the workspace is indexed. */
async function start(folder) {
  const child = spawn(process.execPath, [join(root, 'packages/language-server/dist/bin.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const uri = pathToFileURL(folder).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'bench' }],
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {}, completion: { completionItem: { snippetSupport: true } } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  let version = 1;
  const open = (file, text) => connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: file, languageId: 'nof-yaml', version: 1, text } });
  const change = (file, changes) => connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: file, version: ++version }, contentChanges: changes });
  const pull = (file) => connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: file } });
  const stop = () => {
    connection.dispose();
    child.kill();
  };
  return { child, connection, open, change, pull, stop };
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
  const server = await start(folder);
  await server.open(file, text);
  await server.pull(file);
  // A character inside a description: the edit a person makes most.
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('Leeds City Council leads on procurement'));
  const character = lines[line].indexOf('leads');
  const edits = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await server.change(file, [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: i % 2 ? 'l' : 'L' }]);
    await server.pull(file);
    edits.push(performance.now() - started);
  }
  // Completion of a lot's property names, deep in the file.
  const lot = lines.findLastIndex((l) => l.trim() === 'service: fostering');
  const completions = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const items = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: file }, position: { line: lot, character: 10 } });
    completions.push(performance.now() - started);
    count = (Array.isArray(items) ? items : (items?.items ?? [])).length;
  }
  server.stop();
  rmSync(folder, { recursive: true, force: true });
  return { lines: lines.length, edit: median(edits), completion: median(completions), count };
}

async function memory() {
  const folder = mkdtempSync(join(tmpdir(), 'nof-bench-'));
  cpSync(join(root, 'examples'), folder, { recursive: true });
  const server = await start(folder);
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
console.log(`diagnostics after a one-character edit (${t.lines} lines): median ${t.edit.toFixed(1)} ms over ${runs} runs (target < 100 ms)`);
console.log(`completion (${t.count} items): median ${t.completion.toFixed(1)} ms over ${runs} runs (target < 50 ms)`);
console.log(`resident memory, examples workspace (${m.files} files open): ${m.rss.toFixed(0)} MB (target < 150 MB)`);
