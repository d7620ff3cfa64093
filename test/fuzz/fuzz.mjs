/**
 * Seeded fuzzing of the SDK (issue 14): mutations of the examples and hostile inputs, through
 * validateText, Workspace edits compared with a fresh parse, and every language feature at random
 * and extreme positions. Each case belongs to one class and checks what the SDK promises: it never
 * throws, every range lies inside the text, the same input gets the same answer, and the answer's
 * size stays within a generous bound of the input's (time is measured by test/bench/hostile-inputs.mjs).
 *
 * Shared by the suite's test (test/fuzz/fuzz.test.ts, a few hundred cases) and `pnpm fuzz`
 * (test/fuzz/run.mjs, as many as asked). Plain JavaScript, so the script runs on the built SDK.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random, SNIPPETS } from './input.mjs';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The example files, path and text, in a stable order. */
export function examples() {
  const walk = (dir) =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : /\.ya?ml$/.test(name) ? [path] : [];
      });
  return walk(EXAMPLES).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/** Nesting of one kind, `depth` levels deep, on one line or over several. */
function nesting(next, depth) {
  const kinds = [
    () => `${'- '.repeat(depth)}x`,
    () => `${'['.repeat(depth)}${']'.repeat(depth)}`,
    () => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`,
    () => `${'[{'.repeat(depth >> 1)}${'}]'.repeat(depth >> 1)}`,
    () => `${'- a: '.repeat(depth >> 1)}x`,
    () => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    () => Array.from({ length: depth >> 1 }, (_, i) => `${'  '.repeat(i)}- k:`).join('\n'),
    () => `${'? '.repeat(depth)}x`,
  ];
  return next.pick(kinds)();
}

/** Something a person, a tool or an attacker might put into a file. */
function hostile(next) {
  const n = 1 + next.int(3000);
  const makers = [
    () => nesting(next, next.pick([60, 120, 126, 127, 128, 129, 130, 200, 2000])),
    () => 'a: 1\n'.repeat(n),
    () => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n'),
    () => `x: &x [1]\n${'y: *x\n'.repeat(n)}`,
    () => Array.from({ length: 1 + (n % 400) }, (_, i) => `a${i}: &a${i} [${i ? `*a${i - 1}, ` : ''}${i}]`).join('\n'),
    () => 'a: &a [*a]\nb: &b {c: *b}',
    () => `z: [${'*nowhere, '.repeat(n % 2000)}]`,
    () => ']'.repeat(n),
    () => `s: "${'\\'.repeat(n)}`,
    () => `l: ${'x'.repeat(n * 10)}`,
    () => `- ${'- a\nb: >-\n  x\n  y\nc: d\n'.repeat(1 + (n % 50))}`,
  ];
  return next.pick(makers)();
}

/** One edit to a text: typing, deleting, editing lines, or pasting something hostile. */
export function mutate(text, next) {
  const roll = next();
  if (roll < 0.15) return text.replace(/\r?\n/g, next.pick(['\r', '\r\n', '\n']));
  if (roll < 0.35) {
    const lines = text.split('\n');
    const at = next.int(lines.length);
    lines.splice(at, 0, hostile(next));
    return lines.join('\n');
  }
  if (roll < 0.5) {
    const lines = text.split('\n');
    const at = next.int(lines.length);
    const op = next();
    if (op < 0.3) lines.splice(at, 1 + next.int(5));
    else if (op < 0.6) lines.splice(at, 0, lines[next.int(lines.length)]);
    else if (op < 0.8) lines[at] = `  ${lines[at]}`;
    else lines[at] = lines[at].replace(/^ {1,2}/, '');
    return lines.join('\n');
  }
  const at = next.int(text.length + 1);
  if (roll < 0.75) return text.slice(0, at) + next.pick(SNIPPETS) + text.slice(at);
  if (roll < 0.9) return text.slice(0, at) + text.slice(at + 1 + next.int(20));
  return text.slice(0, at) + String.fromCharCode(32 + next.int(95)) + text.slice(at + 1);
}

/** A position anywhere: in the text, past its ends, or absurd. */
function positionIn(lines, next) {
  const roll = next();
  if (roll < 0.1)
    return next.pick([
      { line: 2147483647, character: 2147483647 },
      { line: -1, character: -1 },
      { line: lines.length, character: 0 },
    ]);
  const line = next.int(lines.length);
  return { line, character: roll < 0.2 ? 9999 : next.int(lines[line].length + 1) };
}

/** Checks one answer: every range inside the text, no crash dressed as a diagnostic, a bounded size. */
class Checker {
  constructor(text, label, findings, splitLines) {
    this.lines = splitLines(text);
    this.text = text;
    this.label = label;
    this.findings = findings;
  }

  fail(problem) {
    this.findings.push({ label: this.label, problem });
  }

  range(range, what) {
    const ok = (p) =>
      Number.isInteger(p.line) &&
      Number.isInteger(p.character) &&
      p.line >= 0 &&
      p.line < this.lines.length &&
      p.character >= 0 &&
      p.character <= this.lines[p.line].length;
    const ordered =
      range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    if (!ok(range.start) || !ok(range.end) || !ordered) this.fail(`${what}: range ${JSON.stringify(range)} is not inside the text`);
  }

  diagnostics(list, what, documents) {
    for (const d of list) {
      this.range(d.range, `${what} ${d.code}`);
      if (/Maximum call stack|RangeError|internal error/i.test(d.message))
        this.fail(`${what}: ${d.code} says "${d.message.slice(0, 120)}"`);
    }
    // Three stages of a thousand and a count each per document, and a few for the file.
    const bound = 3 * 1001 * Math.max(1, documents) + 10;
    if (list.length > bound) this.fail(`${what}: ${list.length} diagnostics for ${documents} documents`);
  }

  same(a, b, what) {
    if (JSON.stringify(a) !== JSON.stringify(b)) this.fail(`${what}: the answers differ (${firstDifference(a, b)})`);
  }

  /** Runs `run`; a throw is a finding. */
  guard(what, run) {
    try {
      return run();
    } catch (error) {
      this.fail(`${what} threw: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}

/** Every property of a parse's tree, for comparing two parses (the schema and options left out). */
function tree(node) {
  if (Array.isArray(node)) return node.map(tree);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!['schema', 'options', 'directives', 'errors', 'warnings'].includes(key) && value !== undefined) out[key] = tree(value);
  }
  return out;
}

function parseSnapshot(file) {
  return {
    text: file.text,
    diagnostics: file.diagnostics,
    documents: file.documents.map((d) => ({ value: d.value, reliable: d.reliable, tree: tree(d.yaml) })),
  };
}

/** The classes of case, each what one part of issue 14 names. */
export const CLASSES = {
  /** validateText on a mutated example: no throw, ranges inside, the same answer twice, a bounded answer. */
  validate(sdk, input, next, check) {
    const text = mutate(mutate(input.text, next), next);
    const c = check(text);
    const first = c.guard('validateText', () => sdk.validateText(text, input.path));
    if (!first) return;
    c.diagnostics(first.diagnostics, 'validateText', first.documents.length);
    for (const document of first.documents) {
      const size = c.guard('the value as JSON', () => JSON.stringify(document.value)?.length ?? 0) ?? 0;
      if (size > 100 * text.length + 10_000) c.fail(`a value of ${size} characters from ${text.length}`);
    }
    const second = c.guard('validateText again', () => sdk.validateText(text, input.path));
    if (second) c.same(first.diagnostics, second.diagnostics, 'validateText');
  },

  /**
   * The same text with LF, CRLF and lone CR line ends: a lone CR is read as LF, so the answers are
   * the same. With CRLF the yaml library recovers from some syntax errors differently (a CR kept in
   * a scalar, an error's end a character later, other errors after it): where the text has one,
   * what must match is that both say so; where it has none, everything must.
   */
  lineEnds(sdk, input, next, check) {
    const text = mutate(input.text, next).replace(/\r\n?/g, '\n');
    const answers = ['\n', '\r\n', '\r'].map((end) => {
      const variant = text.replace(/\n/g, end);
      const c = check(variant);
      const result = c.guard('validateText', () => sdk.validateText(variant, input.path));
      if (result) c.diagnostics(result.diagnostics, `validateText (${JSON.stringify(end)})`, result.documents.length);
      return (
        result && {
          documents: result.documents.map((d) => ({ reliable: d.reliable, value: d.value })),
          diagnostics: result.diagnostics.map((d) => [d.code, d.range]),
        }
      );
    });
    const c = check(text);
    c.same(answers[0], answers[2], 'CR against LF');
    const broken = (answer) => answer?.diagnostics.some(([code]) => code === 'yaml/syntax');
    if (broken(answers[0]) || broken(answers[1])) c.same(broken(answers[0]), broken(answers[1]), 'CRLF against LF (a syntax error)');
    else c.same(answers[0], answers[1], 'CRLF against LF');
  },

  /** A chain of edits through Workspace.set (which reparses) against a fresh parse and check of the same text. */
  workspace(sdk, input, next, check) {
    const uri = 'file:///fuzz/edited.yaml';
    const workspace = new sdk.Workspace({ asOf: '2016-01-01' });
    let text = input.text;
    workspace.set(uri, text);
    for (let step = 0; step < 3; step++) {
      text = next() < 0.8 ? mutateSmall(text, next) : mutate(text, next);
      const c = check(text);
      if (c.guard('Workspace.set', () => workspace.set(uri, text)) === undefined) return;
      const edited = c.guard('diagnostics', () => workspace.diagnostics(uri).diagnostics);
      const fresh = new sdk.Workspace({ asOf: '2016-01-01' });
      fresh.set(uri, text);
      const expected = fresh.diagnostics(uri).diagnostics;
      if (edited) {
        c.diagnostics(edited, `step ${step}`, workspace.file(uri).documents.length);
        c.same(edited, expected, `step ${step}: diagnostics after edits against a fresh check`);
      }
      c.same(
        parseSnapshot(workspace.file(uri)),
        parseSnapshot(sdk.parseText(text, uri)),
        `step ${step}: the tree after edits against a fresh parse`,
      );
    }
  },

  /** Every language feature at random and extreme positions of a mutated example. */
  language(sdk, input, next, check, shared) {
    const uri = input.uri;
    const text = mutate(input.text, next);
    const c = check(text);
    const workspace = shared.workspace;
    c.guard('Workspace.set', () => workspace.set(uri, text));
    try {
      const file = workspace.file(uri);
      for (const fold of c.guard('foldingRanges', () => sdk.foldingRanges(file)) ?? []) {
        if (fold.startLine < 0 || fold.endLine >= c.lines.length || fold.endLine < fold.startLine)
          c.fail(`fold ${JSON.stringify(fold)} outside the text`);
      }
      for (const symbol of c.guard('documentSymbols', () => sdk.documentSymbols(workspace, uri)) ?? [])
        eachSymbol(symbol, (s) => {
          c.range(s.range, 'symbol');
          c.range(s.selectionRange, 'symbol selection');
        });
      for (let n = 0; n < 4; n++) {
        const position = positionIn(c.lines, next);
        const at = JSON.stringify(position);
        const features = () => {
          const ranges = [];
          const completions = sdk.completionsAt(workspace, uri, text, position);
          ranges.push(...completions.map((x) => x.range));
          const hover = sdk.hoverAt(workspace, uri, position);
          if (hover) ranges.push(hover.range);
          const document = sdk.documentAt(workspace, uri, position);
          if (document) ranges.push(...sdk.selectionRanges(document, position));
          for (const fix of sdk.quickFixes(workspace, uri, { start: position, end: position }))
            ranges.push(...fix.edits.map((e) => e.range));
          const target = sdk.renameTarget(workspace, uri, position);
          if (target) ranges.push(target.range);
          const renamed = sdk.renameEdits(workspace, uri, position, 'renamed-id');
          if ('edits' in renamed) ranges.push(...(renamed.edits[uri] ?? []).map((e) => e.range));
          const definition = workspace.definition(uri, position);
          if (definition?.uri === uri) ranges.push(definition.range);
          ranges.push(...workspace.references(uri, position).flatMap((l) => (l.uri === uri ? [l.range] : [])));
          return { ranges, labels: completions.map((x) => x.label), hover: hover?.markdown };
        };
        const first = c.guard(`features at ${at}`, features);
        if (!first) continue;
        for (const range of first.ranges) c.range(range, `a feature at ${at}`);
        if (first.ranges.length > 10 * c.lines.length + 1000) c.fail(`${first.ranges.length} ranges at ${at}`);
        c.same(first, c.guard(`features again at ${at}`, features), `features at ${at}`);
      }
    } finally {
      workspace.set(uri, input.text);
    }
  },
};

function eachSymbol(symbol, visit) {
  visit(symbol);
  for (const child of symbol.children) eachSymbol(child, visit);
}

/** A keystroke: a character typed or deleted, or Enter. */
function mutateSmall(text, next) {
  const at = next.int(text.length + 1);
  const roll = next();
  if (roll < 0.6) return text.slice(0, at) + next.pick(['a', ' ', ':', '- ', '\n', '\n  ', '#', '[', '"', 'x']) + text.slice(at);
  return text.slice(0, at) + text.slice(at + 1);
}

/** The examples, each with a uri, and a workspace holding them all (which the language cases edit and restore). */
function setup(sdk) {
  const inputs = examples().map((input, i) => ({ ...input, uri: `file:///fuzz/${i}-${input.path.split('/').pop()}` }));
  const shared = { workspace: new sdk.Workspace({ asOf: '2016-01-01' }) };
  for (const input of inputs) shared.workspace.set(input.uri, input.text);
  return { inputs, shared };
}

/** Runs one case: its class, on an example, from its own seed. */
function runCase(sdk, name, input, caseSeed, shared, findings) {
  const label = `${name} on ${input.path.split('/').slice(-2).join('/')}, case seed ${caseSeed}`;
  CLASSES[name](sdk, input, random(caseSeed), (text) => new Checker(text, label, findings, sdk.splitLines), shared);
  return label;
}

/**
 * Runs `cases` cases from `seed`, class by class in turn, and returns what they found (empty when
 * all held). `onCase` hears each case's label and milliseconds, for reports of slow ones.
 */
export function fuzz(sdk, { seed, cases, only, onCase }) {
  const { inputs, shared } = setup(sdk);
  const next = random(seed);
  const findings = [];
  const names = only ? [only] : Object.keys(CLASSES);
  for (let n = 0; n < cases; n++) {
    const input = next.pick(inputs);
    const caseSeed = Math.floor(next() * 2 ** 31);
    const started = performance.now();
    const label = runCase(sdk, names[n % names.length], input, caseSeed, shared, findings);
    onCase?.({ label, ms: performance.now() - started });
  }
  return findings;
}

/** Replays one case as a finding names it: its class, example file and case seed. */
export function replay(sdk, name, example, caseSeed) {
  const { inputs, shared } = setup(sdk);
  const findings = [];
  runCase(
    sdk,
    name,
    inputs.find((input) => input.path.endsWith(example)),
    caseSeed,
    shared,
    findings,
  );
  return findings;
}

/** Where two answers first differ, as a path and the two values (shortened). */
function firstDifference(a, b, path = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return `${path || '/'}: ${JSON.stringify(a)?.slice(0, 80)} against ${JSON.stringify(b)?.slice(0, 80)}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const found = firstDifference(a[key], b[key], `${path}/${key}`);
    if (found) return found;
  }
  return path;
}
