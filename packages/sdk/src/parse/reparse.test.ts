import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { YAMLMap, YAMLSeq } from 'yaml';
import { parseText, type ParsedFile } from './parse-text.js';
import { random, SNIPPETS } from '../../../../test/fuzz/input.mjs';
import { reparseText } from './reparse.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/**
 * Everything a parse gives its users: values, problems, suppressions and the whole tree, every
 * property of every node (offsets, comments, blank lines before it...) but the schema it was read with.
 */
function snapshot(file: ParsedFile) {
  const tree = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(tree);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (!['schema', 'options', 'directives', 'errors', 'warnings'].includes(key) && value !== undefined) out[key] = tree(value);
    }
    return out;
  };
  return {
    text: file.text,
    diagnostics: file.diagnostics,
    suppressions: file.suppressions,
    documents: file.documents.map((d) => ({
      index: d.index,
      value: d.value,
      reliable: d.reliable,
      tree: tree(d.yaml),
      start: d.startLine(),
    })),
  };
}

/** An edit as typing makes one (a snippet, a deletion, a changed letter) or as editing lines does (one removed, copied, extended). */
function edit(text: string, next: () => number): string {
  if (next() < 0.3) {
    const lines = text.split('\n');
    const at = Math.floor(next() * lines.length);
    const roll = next();
    if (roll < 0.3) lines.splice(at, 1 + Math.floor(next() * 3));
    else if (roll < 0.6) lines.splice(at, 0, lines[Math.floor(next() * lines.length)] as string);
    else lines[at] += ['  ', ' # c', ' x', ''][Math.floor(next() * 4)];
    return lines.join('\n');
  }
  const at = Math.floor(next() * (text.length + 1));
  const roll = next();
  if (roll < 0.5) return text.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + text.slice(at);
  if (roll < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4));
  return text.slice(0, at) + String.fromCharCode(97 + Math.floor(next() * 26)) + text.slice(at + 1);
}

/** Reparses `text` after `previous` and expects exactly what a whole parse gives; returns the reparse. */
function expectWholeParse(previous: ParsedFile, text: string, where: string): ParsedFile {
  const whole = snapshot(parseText(text, previous.uri));
  const partial = reparseText(previous, text);
  // Strings compare fast; the objects give a readable difference when they do not match.
  if (JSON.stringify(snapshot(partial)) !== JSON.stringify(whole)) expect(snapshot(partial), where).toEqual(whole);
  return partial;
}

/** True when a reparse kept a document's tree of the previous parse: it read only an item again. */
/** One keystroke of {@link typeAndErase}: the parse before and after it, and whether it typed or erased. */
interface Keystroke {
  typing: boolean;
  before: ParsedFile;
  after: ParsedFile;
}

/**
 * Types `keys` at offset `at` of `original` one at a time, then erases them in turn, checking
 * each keystroke's reparse against a whole parse; every keystroke is given back, and the text is
 * checked to be the original again at the end.
 */
function typeAndErase(original: ParsedFile, at: number, keys: string[], where: string): Keystroke[] {
  const typed = JSON.stringify(keys.join('').trimStart());
  const steps: Keystroke[] = [];
  let before = original;
  for (const key of keys) {
    const text = before.text.slice(0, at) + key + before.text.slice(at);
    at += key.length;
    const after = expectWholeParse(before, text, `${where}, typing ${typed}: ${JSON.stringify(key)}`);
    steps.push({ typing: true, before, after });
    before = after;
  }
  for (const key of [...keys].reverse()) {
    at -= key.length;
    const text = before.text.slice(0, at) + before.text.slice(at + key.length);
    const after = expectWholeParse(before, text, `${where}, erasing ${typed}: ${JSON.stringify(key)}`);
    steps.push({ typing: false, before, after });
    before = after;
  }
  expect(before.text).toBe(original.text);
  return steps;
}

function keptATree(previous: ParsedFile, result: ParsedFile): boolean {
  return result.documents.some((d) => previous.documents.some((p) => p.yaml === d.yaml));
}

/** What typing makes of a new line: property names half-typed, stray colons, quotes and brackets left open, tabs, comments, list entries. */
const TYPED = [
  'note: a b',
  'na"me: x',
  'n[a: 1',
  'n\tb: c',
  'nb #c',
  'n: [a, b',
  "n: 'x y",
  'n: x: y',
  '- n: 1',
  'n:x',
  'n: {a: 1',
  'n: |\n  x',
];

describe('reparseText', () => {
  it('reads the same as a whole parse after any edit to any example, edits chained', () => {
    const next = random(20261125);
    const paths = yamlFiles(EXAMPLES);
    for (const [n, path] of paths.entries()) {
      // Every other file followed by another document, so edits also move the documents after theirs.
      const lf = readFileSync(path, 'utf8') + (n % 2 ? `---\n${readFileSync(paths[(n + 1) % paths.length] as string, 'utf8')}` : '');
      // Chains of edits from the clean text, so that most edits start from a clean parse as typing does;
      // every other chain on the file with Windows line ends.
      for (let chain = 0; chain < 4; chain++) {
        let previous = parseText(chain % 2 ? lf.replace(/\n/g, '\r\n') : lf, path);
        for (let step = 0; step < 5; step++)
          previous = expectWholeParse(previous, edit(previous.text, next), `${path}, chain ${chain}, step ${step}`);
      }
    }
    // Every example is walked: the 2015 review's 35 consortia make this the longest test on a loaded machine.
  }, 120_000);

  it('reads the same as a whole parse at every keystroke of a new property typed after a line', () => {
    const next = random(7);
    for (const path of yamlFiles(EXAMPLES).slice(0, 12)) {
      const original = readFileSync(path, 'utf8');
      const lines = original.split('\n');
      for (let n = 0; n < 4; n++) {
        const line = Math.floor(next() * (lines.length - 1));
        const indent = /^ */.exec(lines[line] as string)?.[0] ?? '';
        let at = lines.slice(0, line + 1).join('\n').length;
        let previous = parseText(original, path);
        for (const typed of ['\n' + indent, ...'note: a b'.split('')]) {
          const text = previous.text.slice(0, at) + typed + previous.text.slice(at);
          at += typed.length;
          previous = expectWholeParse(previous, text, `${path}, line ${line}, ${JSON.stringify(typed)}`);
        }
      }
    }
  });

  it('reads the same as a whole parse at every keystroke of a line typed and erased, YAML errors included', () => {
    const next = random(19);
    const paths = yamlFiles(EXAMPLES);
    let erroneous = 0;
    let partial = 0;
    for (const [n, path] of paths.slice(0, 16).entries()) {
      // Every other file followed by another document, so that items end at a `---` too.
      const original = readFileSync(path, 'utf8') + (n % 2 ? `---\n${readFileSync(paths[n + 20] as string, 'utf8')}` : '');
      const lines = original.split('\n');
      for (let k = 0; k < 3; k++) {
        const line = Math.floor(next() * (lines.length - 1));
        // The new line at the indentation of the line above it, one level deeper, or one shallower (a dedent).
        const indent = ' '.repeat(Math.max(0, (/^ */.exec(lines[line] as string)?.[0].length ?? 0) + [0, 2, -2][k % 3]!));
        const typed = TYPED[Math.floor(next() * TYPED.length)] as string;
        const at = lines.slice(0, line + 1).join('\n').length;
        for (const { before, after } of typeAndErase(
          parseText(original, path),
          at,
          ['\n' + indent, ...typed.split('')],
          `${path}, line ${line}`,
        )) {
          if (after.diagnostics.length > 0 || before.diagnostics.length > 0) {
            erroneous++;
            if (keptATree(before, after)) partial++;
          }
        }
      }
    }
    // Most keystrokes into or out of an error read one item again: the equality above is not that of two whole parses.
    expect(partial / erroneous).toBeGreaterThan(0.5);
  });

  it('reads the same as a whole parse at every keystroke of a top-level name typed at column 0 and erased', () => {
    const paths = yamlFiles(EXAMPLES);
    let between = 0;
    let partial = 0;
    for (const [n, path] of paths.entries()) {
      if (n % 3 !== 0) continue;
      const original = readFileSync(path, 'utf8') + (n % 2 ? `---\n${readFileSync(paths[(n + 1) % paths.length] as string, 'utf8')}` : '');
      const lines = original.split('\n');
      // Before each top-level name but the first (between two of them) and before a `---`, at the end, and in the middle of the file.
      const names = lines.flatMap((line, i) =>
        /^[a-z]/.test(line) && /^[a-z]/.test(lines.slice(0, i).findLast((l) => /^[^\s#]/.test(l)) ?? '') ? [i] : [],
      );
      const others = [...lines.flatMap((line, i) => (line === '---' ? [i] : [])), lines.length - 1, Math.floor(lines.length / 2)];
      for (const line of [...names, ...others]) {
        let at = lines.slice(0, line).join('\n').length;
        let previous = parseText(original, path);
        const keystrokes = ['\n', ...'met: x'.split('')];
        const step = (text: string, what: string) => {
          const result = expectWholeParse(previous, text, `${path}, line ${line}, ${what}`);
          if (names.includes(line) && (result.diagnostics.length > 0 || previous.diagnostics.length > 0)) {
            between++;
            if (keptATree(previous, result)) partial++;
          }
          previous = result;
        };
        for (const key of keystrokes) {
          step(previous.text.slice(0, at) + key + previous.text.slice(at), `typing ${JSON.stringify(key)}`);
          at += key.length;
        }
        for (const key of keystrokes.reverse()) {
          at -= key.length;
          step(previous.text.slice(0, at) + previous.text.slice(at + key.length), `erasing ${JSON.stringify(key)}`);
        }
        expect(previous.text).toBe(original);
      }
    }
    // Between two top-level names, the keystrokes into and out of the error read a run of them, not the file.
    expect(partial / between).toBeGreaterThan(0.9);
  });

  it('reads the same as a whole parse at every keystroke of a quote or bracket left open and closed again, and erased', () => {
    const next = random(4122026);
    const paths = yamlFiles(EXAMPLES);
    let erroneous = 0;
    let partial = 0;
    for (const [n, path] of paths.entries()) {
      const original = readFileSync(path, 'utf8') + (n % 2 ? `---\n${readFileSync(paths[(n + 1) % paths.length] as string, 'utf8')}` : '');
      const lines = original.split('\n');
      for (let k = 0; k < 3; k++) {
        // After the colon of a property (its value goes), or at the end of a line of content.
        const candidates = lines.flatMap((l, i) => (/^ *[a-zA-Z]+: \S/.test(l) ? [i] : []));
        const line = candidates[Math.floor(next() * candidates.length)] as number;
        const column = k === 2 ? (lines[line] as string).length : (lines[line] as string).indexOf(': ') + 2;
        const at = lines.slice(0, line).join('\n').length + (line > 0 ? 1 : 0) + column;
        const typed = ['"ab"', "'ab'", '[ab]', '{a: b}', '"a', '[a'][(n + k) % 6] as string;
        for (const { typing, before, after } of typeAndErase(parseText(original, path), at, typed.split(''), `${path}, line ${line}`)) {
          if (typing && after.diagnostics.length > 0) {
            erroneous++;
            if (keptATree(before, after)) partial++;
          }
        }
      }
    }
    // Most of them read a run of properties, or one, not the file.
    expect(partial / erroneous).toBeGreaterThan(0.6);
  });

  it('reads the same as a whole parse after random edits that start from a half-typed property name', () => {
    const next = random(20261203);
    const paths = yamlFiles(EXAMPLES);
    for (const [n, path] of paths.entries()) {
      if (n % 3 !== 0) continue;
      const original = readFileSync(path, 'utf8') + (n % 2 ? `---\n${readFileSync(paths[(n + 1) % paths.length] as string, 'utf8')}` : '');
      for (let chain = 0; chain < 4; chain++) {
        const lines = original.split('\n');
        const line = 1 + Math.floor(next() * (lines.length - 2));
        lines.splice(line, 0, `${/^ */.exec(lines[line] as string)?.[0]}${'nam'.slice(0, 1 + Math.floor(next() * 3))}`);
        // The name comes as a keystroke does, or was there when the file was opened (every other chain).
        let previous =
          chain % 2
            ? parseText(lines.join('\n'), path)
            : expectWholeParse(parseText(original, path), lines.join('\n'), `${path}, chain ${chain}`);
        for (let step = 0; step < 6; step++) {
          // Edits near the half-typed name, where typing happens, and anywhere.
          const near = lines.slice(0, line).join('\n').length + Math.floor(next() * 200) - 100;
          const text =
            step % 2
              ? edit(previous.text, next)
              : previous.text.slice(0, near) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + previous.text.slice(near);
          previous = expectWholeParse(previous, text, `${path}, chain ${chain}, step ${step}`);
        }
      }
    }
  }, 60_000);

  it('reads a file opened with a half-typed property name item by item from its next keystroke, as a whole parse would', () => {
    const next = random(3122026);
    const paths = yamlFiles(EXAMPLES);
    let files = 0;
    let partial = 0;
    for (const [n, path] of paths.entries()) {
      if (n % 2 !== 0) continue;
      const original = readFileSync(path, 'utf8') + (n % 4 ? `---\n${readFileSync(paths[(n + 1) % paths.length] as string, 'utf8')}` : '');
      const lines = original.split('\n');
      const line = 1 + Math.floor(next() * (lines.length - 2));
      lines.splice(line, 0, `${/^ */.exec(lines[line] as string)?.[0]}nam`);
      // Opened with the name half-typed: its errors come from a whole parse.
      let previous = parseText(lines.join('\n'), path);
      let at = lines.slice(0, line + 1).join('\n').length;
      for (const key of ['e', ':', ' ', 'x', '\b', '\b', '\b', 'z']) {
        const text =
          key === '\b'
            ? previous.text.slice(0, at - 1) + previous.text.slice(at)
            : previous.text.slice(0, at) + key + previous.text.slice(at);
        at += key === '\b' ? -1 : 1;
        const result = expectWholeParse(previous, text, `${path}, line ${line}, ${JSON.stringify(key)}`);
        if (key === 'e' && previous.diagnostics.length > 0) {
          files++;
          if (keptATree(previous, result)) partial++;
        }
        previous = result;
      }
    }
    // The first keystroke after opening mostly reads one item again: the equality above is not that of two whole parses.
    expect(partial / files).toBeGreaterThan(0.5);
  });

  it('reads only the item of a half-typed property name, and of the colon that ends its error', () => {
    const text = 'lots:\n  - id: a\n    service: fostering\n    categories: [x]\n  - id: b\n---\nkind: B\n';
    let previous = parseText(text, 'a.yaml');
    let at = text.indexOf('    categories');
    for (const key of ['    \n', 'n', 'a', 'm', 'e', ':', ' ', 'x']) {
      const edited = previous.text.slice(0, at) + key + previous.text.slice(at);
      at += key === '    \n' ? 4 : 1;
      const result = expectWholeParse(previous, edited, JSON.stringify(key));
      expect(result.documents[1]?.yaml, JSON.stringify(key)).toBe(previous.documents[1]?.yaml);
      previous = result;
      if (key === 'm') {
        expect(result.diagnostics.map((d) => [d.code, d.range.start])).toEqual([['yaml/syntax', { line: 3, character: 4 }]]);
        expect(result.documents[0]?.reliable).toBe(false);
      }
    }
    expect(previous.diagnostics).toEqual([]);
    expect(previous.documents[0]?.value).toEqual({ lots: [{ id: 'a', service: 'fostering', name: 'x', categories: ['x'] }, { id: 'b' }] });
  });

  it('reads an unclosed bracket with the properties up to the line that closes it, and a name typed between two with the next', () => {
    const text = 'a: 1\nb:\n  c: [x]\n  d: 2\ne:\n  f: 3\n';
    for (const edited of [text.replace('c: [x]', 'c: [x'), text.replace('a: 1\n', 'a: 1\nme\n'), text.replace('  d: 2', '  dx')]) {
      const previous = parseText(text, 'a.yaml');
      const tree = previous.documents[0]?.yaml;
      const result = expectWholeParse(previous, edited, JSON.stringify(edited));
      expect(result.diagnostics, JSON.stringify(edited)).toHaveLength(1);
      expect(result.documents[0]?.yaml, JSON.stringify(edited)).toBe(tree);
    }
  });

  it('parses whole when an error reaches past its item: an unclosed quote, a line it continues', () => {
    const text = 'a:\n  b: 1\n  c: 2\nd: 3\n';
    for (const edited of [text.replace('b: 1', 'b: "1'), text.replace('c: 2', 'c: 2\n d')]) {
      const previous = parseText(text, 'a.yaml');
      const tree = previous.documents[0]?.yaml;
      const result = expectWholeParse(previous, edited, JSON.stringify(edited));
      expect(result.documents[0]?.yaml, JSON.stringify(edited)).not.toBe(tree);
    }
  });

  it('reads only the edited item: the other documents and the tree are kept', () => {
    const text = 'kind: A\nitems:\n  - id: one\n    description: first\n  - id: two\n    description: second # why\n---\nkind: B\n';
    const previous = parseText(text, 'a.yaml');
    const [first, second] = previous.documents;
    const edited = text.replace('first', 'fist');
    const result = reparseText(previous, edited);
    expect(result.documents[0]?.yaml).toBe(first?.yaml);
    expect(result.documents[1]?.yaml).toBe(second?.yaml);
    expect(result.documents[0]?.value).toEqual({
      kind: 'A',
      items: [
        { id: 'one', description: 'fist' },
        { id: 'two', description: 'second' },
      ],
    });
    expect(result.documents[1]?.rangeOf('/kind')).toEqual({ start: { line: 7, character: 6 }, end: { line: 7, character: 7 } });
    expect(snapshot(result)).toEqual(snapshot(parseText(edited, 'a.yaml')));
  });

  it('reads only the property Enter was pressed after: the blank line lies between items', () => {
    const text = 'items:\n  - id: one\n    description: first\n  - id: two\n';
    const previous = parseText(text, 'a.yaml');
    const entry = () => ((previous.documents[0]!.yaml.contents as YAMLMap).items[0]!.value as YAMLSeq).items[0];
    const before = entry();
    const edited = text.replace('first\n', 'first\n    \n');
    const result = reparseText(previous, edited);
    expect(((result.documents[0]!.yaml.contents as YAMLMap).items[0]!.value as YAMLSeq).items[0]).toBe(before);
    expect(snapshot(result)).toEqual(snapshot(parseText(edited, 'a.yaml')));
  });

  it('reads a folded block that ends an item again on its own when a line of content follows it', () => {
    const text = 'governance:\n  notes: >-\n    Leeds leads on procurement but\n    does not charge.\ncontact:\n  role: team\n';
    const previous = parseText(text, 'a.yaml');
    const tree = previous.documents[0]?.yaml;
    const edited = text.replace('Leeds leads', 'Leeds Leads');
    const result = reparseText(previous, edited);
    expect(result.documents[0]?.yaml).toBe(tree);
    expect(snapshot(result)).toEqual(snapshot(parseText(edited, 'a.yaml')));
  });

  it('parses whole what a partial read cannot prove: a duplicate key, an anchor, a directive', () => {
    const plain = 'a:\n  b: 1\n  c: 2\nd: 3\n';
    const anchored = 'a:\n  b: 1\n  c: 2\nd: &x 3\ne: *x\n';
    const directive = '%YAML 1.1\n---\na:\n  b: 1\n  c: 2\n';
    const cases = [
      [plain, plain.replace('c: 2', 'b: 2')],
      [anchored, anchored.replace('b: 1', 'b: 12')],
      [directive, directive.replace('b: 1', 'b: no')],
    ] as const;
    for (const [text, edited] of cases) {
      const previous = parseText(text, 'a.yaml');
      const tree = previous.documents[0]?.yaml;
      const result = reparseText(previous, edited);
      expect(result.documents[0]?.yaml).not.toBe(tree);
      expect(snapshot(result)).toEqual(snapshot(parseText(edited, 'a.yaml')));
    }
  });

  it('reads the enclosing item when the edit leaves blank lines or a comment line at the end of one', () => {
    const text = 'a:\n  b: 1\n  c: 2\nd: 3\n';
    for (const edited of [text.replace('b: 1', 'b: 1\n\n'), text.replace('b: 1', 'b: 1\n  # later')]) {
      const previous = parseText(text, 'a.yaml');
      const tree = previous.documents[0]?.yaml;
      const result = reparseText(previous, edited);
      expect(result.documents[0]?.yaml).toBe(tree);
      expect(snapshot(result)).toEqual(snapshot(parseText(edited, 'a.yaml')));
    }
  });

  it('finds suppressions added by the edit', () => {
    const text = 'a:\n  b: 1\n  c: 2\n';
    const edited = text.replace('b: 1', 'b: 1 # nof-disable-next-line schema/x -- why');
    const result = reparseText(parseText(text, 'a.yaml'), edited);
    expect(result.suppressions.map((s) => s.rules.map((r) => r.id))).toEqual([['schema/x']]);
  });
});
