import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text.js';
import { readSimpleYaml } from './simple-yaml.js';

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const exampleTexts = readdirSync(examples, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(`${examples}${f}`, 'utf8'));

/**
 * Reads a text both ways. When the simple reader takes it, the full parse must find no problem
 * and the same documents (index and value), and each document's part of the text, parsed alone,
 * must give that document on the same lines. Returns whether the simple reader took it.
 */
function agrees(text: string): boolean {
  const simple = readSimpleYaml(text);
  if (!simple) return false;
  const full = parseText(text, 'mem:/file.yaml');
  expect(full.diagnostics, text).toEqual([]);
  expect(
    simple.map((d) => ({ index: d.index, value: d.value })),
    text,
  ).toEqual(full.documents.map((d) => ({ index: d.index, value: d.value })));
  for (const d of simple) {
    const part = parseText(text.slice(d.start, d.end), 'mem:/part.yaml');
    expect(part.documents.at(-1)?.value, text).toEqual(d.value);
    expect(d.line, text).toBe(text.slice(0, d.start).split('\n').length - 1);
    expect(text[d.start - 1] ?? '\n').toBe('\n');
  }
  return true;
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

const PIECES = [
  ' ',
  '  ',
  '-',
  '- ',
  ':',
  ': ',
  '#',
  ' #',
  "'",
  '"',
  '[',
  ']',
  '{',
  '|',
  '>',
  '>-',
  '\n',
  'a',
  '1',
  '.',
  ',',
  '&',
  '*',
  '!',
  '?',
  '~',
  '0x1',
  'null',
  'true',
  '\\',
  '---\n',
  '...',
];

/** A random edit of the kinds people make: a piece typed, a few characters deleted, a line indented, dedented or repeated. */
function mutate(text: string, next: (n: number) => number): string {
  const at = next(text.length);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  switch (next(5)) {
    case 0:
      return text.slice(0, at) + PIECES[next(PIECES.length)] + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + next(3));
    case 2:
      return `${text.slice(0, lineStart)}${' '.repeat(1 + next(2))}${text.slice(lineStart)}`;
    case 3:
      return text.slice(0, lineStart) + text.slice(lineStart).replace(/^ {1,2}/, '');
    default: {
      const end = text.indexOf('\n', at);
      const line = text.slice(lineStart, end < 0 ? text.length : end + 1);
      return text.slice(0, lineStart) + line + text.slice(lineStart);
    }
  }
}

describe('readSimpleYaml', () => {
  it('reads most example files, as the full parse reads them', () => {
    const taken = exampleTexts.filter(agrees).length;
    expect(taken / exampleTexts.length).toBeGreaterThan(0.8);
  });

  it('agrees with the full parse on every form it reads', () => {
    const cases = [
      'a: 1\nb: -2\nc: 1.50\nd: -0.5\ne: ~\nf: null\ng: True\nh: FALSE\ni: 2014-09-08\nj: E08000032\nk: 12 months\n',
      'a:\n  b:\n    c: x\n  d: y\ne:\n',
      "list:\n  - a\n  -   b: 1\n      c: 2\n  -\n    d: 3\n  - [x, \"y, z\", 'it''s', 4]\n  - []\n",
      'a: "quoted # not a comment" # a comment\nb: \'single\'\nc: plain # comment\nd: http://example.org/a#b\ne: a,b [c] {d}\n',
      'text: >-\n  Folded\n  lines\n\n  and a paragraph.\nnext: |\n  literal\n    indented\n  # not a comment\n\nlast: >\n  clipped\n\n\n',
      '# leading comment\n---\na: 1\n---\n---\n# only a comment\n---\nb: 2\n',
      'a: 1\n---\nb: 2\n--- # marker comment\nc: 3\n---\n',
      'empty: []\nnested:\n  - - a\n',
      'a: 0x1F\n',
      'a: 007\nb: 1e3\nc: .5\nd: +1\ne: .inf\n',
      'a: b: c\n',
      'a:\n- b\n',
      'key: "escaped \\" quote"\n',
      'a: |\n  no final line break',
      'a: >\n  x\n   more\n',
      'a: 1\na: 2\n',
      'a: [1, 2,]\n',
      'a:\n  b: 1\n   c: 2\n',
      '  a: 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\n...\n',
      'true: 1\n',
      'a: plain\n  continued\n',
    ];
    const taken = cases.filter(agrees);
    // The forms it is meant to read are read (the rest are left to the full parse, and checked above when not).
    expect(taken).toEqual(cases.slice(0, 7));
  });

  it('agrees with the full parse on thousands of mutations of the examples', () => {
    const next = random(19);
    let taken = 0;
    let tried = 0;
    // Each example alone, and after the one before it as a second `---` document.
    const texts = exampleTexts.flatMap((text, i) => [text, `${exampleTexts.at(i - 1)}---\n${text}`]);
    for (const text of texts) {
      for (let i = 0; i < 25; i++) {
        let mutant = text;
        for (let edits = 1 + next(2); edits > 0; edits--) mutant = mutate(mutant, next);
        tried++;
        if (agrees(mutant)) taken++;
      }
    }
    // Both ways are exercised: many mutants are read simply, many are declined.
    expect(taken / tried).toBeGreaterThan(0.2);
    expect(taken / tried).toBeLessThan(0.9);
  });
});
