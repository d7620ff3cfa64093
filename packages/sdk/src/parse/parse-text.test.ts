import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text.js';

/** The code and 0-based start/end [line, character] of each diagnostic. */
function problems(text: string, options = {}) {
  return parseText(text, 'test.yaml', options).diagnostics.map((d) => ({
    code: d.code,
    from: [d.range.start.line, d.range.start.character],
    to: [d.range.end.line, d.range.end.character],
  }));
}

describe('parseText', () => {
  it('reads YAML 1.2 core: NO stays text and dates stay strings', () => {
    const { documents, diagnostics } = parseText('answer: NO\nstart: 2015-04-01\nyes: on\n', 'a.yaml');
    expect(diagnostics).toEqual([]);
    expect(documents[0]?.value).toEqual({ answer: 'NO', start: '2015-04-01', yes: 'on' });
  });

  it('splits documents on --- and ignores empty ones', () => {
    const { documents, diagnostics } = parseText('---\n# only a comment\n---\nkind: A\n---\n---\nkind: B\n', 'a.yaml');
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => [d.index, d.kind])).toEqual([
      [1, 'A'],
      [3, 'B'],
    ]);
  });

  it('exposes the envelope fields', () => {
    const [doc] = parseText('apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: white-rose\n', 'a.yaml').documents;
    expect([doc?.apiVersion, doc?.kind, doc?.id]).toEqual(['nof/v1', 'Consortium', 'white-rose']);
  });

  it('reports a duplicate key on the second occurrence', () => {
    expect(problems('lots: 1\nname: x\nlots: 2\n')).toEqual([{ code: 'yaml/duplicate-key', from: [2, 0], to: [2, 4] }]);
  });

  it('reports a tab used for indentation', () => {
    expect(problems('spec:\n\tlead: x\n')).toEqual([{ code: 'yaml/tab-indent', from: [1, 0], to: [1, 1] }]);
  });

  it('reports a syntax error where it was made, not where the parser noticed it, and marks the document unreliable', () => {
    const parsed = parseText('a: [1, 2\nb: 3\n', 'a.yaml');
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['yaml/syntax']);
    // The `[` is never closed: the parser notices at `b`, but the fix belongs on the line of the `[`.
    expect(parsed.diagnostics[0]?.range.start).toEqual({ line: 0, character: 3 });
    expect(parsed.diagnostics[0]?.message).toBe('The list opened with `[` here is not closed: add `]` at its end.');
    expect(parsed.documents[0]?.reliable).toBe(false);
  });

  it('reports one diagnostic for one mistake, where the parser reports several elsewhere', () => {
    // The parser: "Nested mappings are not allowed in compact mappings" and "Implicit keys need
    // to be on a single line", both on `id`, and nothing on the line that is wrong.
    expect(problems('metadata:\n  id: a\n   name: b\nspec: {}\n')).toEqual([{ code: 'yaml/syntax', from: [2, 3], to: [2, 4] }]);
    // A tab: besides the tab itself, the parser reads the next lines wrongly (five errors in all).
    const tab = 'spec:\n  bar:\n\t  baz: 2\n    qux: 3\n';
    expect(problems(tab)).toEqual([{ code: 'yaml/tab-indent', from: [2, 0], to: [2, 3] }]);
    expect(parseText(tab, 'a.yaml').diagnostics[0]?.fixes?.[0]?.edits[0]?.newText).toBe('    ');
  });

  it('keeps a duplicate key before the mistake, and drops one after it that the mistake made', () => {
    // `d` at 3 spaces is read into `a`, where the `d` two lines down then seems to repeat it.
    const text = 'x: 1\nx: 1\na:\n  b:\n    c: 1\n   d: 2\n  e: 1\n  d: 3\n';
    expect(problems(text).map((p) => [p.code, p.from[0]])).toEqual([
      ['yaml/syntax', 5],
      ['yaml/duplicate-key', 1],
    ]);
  });

  it('falls back to the first error the parser reports when the lines read as meant', () => {
    expect(parseText('a: b: c\n', 'a.yaml').diagnostics.map((d) => [d.range.start.line, d.message])).toEqual([
      [
        0,
        'YAML syntax error: a value cannot hold a second `name: value` on the same line: put it on a line of its own, or quote the value if the colon is part of the text',
      ],
    ]);
  });

  it('reports an alias with no anchor on the alias', () => {
    expect(problems('a: 1\nb: *nowhere\n')).toEqual([{ code: 'yaml/unresolved-alias', from: [1, 3], to: [1, 11] }]);
  });

  it('reports a mapping used as a key', () => {
    expect(problems('? [a, b]\n: 1\n').map((p) => p.code)).toEqual(['yaml/non-string-key']);
  });

  it('keeps a document with only harmless YAML problems reliable', () => {
    expect(parseText('a: 1\na: 2\n', 'a.yaml').documents[0]?.reliable).toBe(true);
  });
});

describe('parseText on hostile input', () => {
  it('stops an alias bomb without expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefghi') {
      const prev = String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const found = problems(levels.join('\n') + '\n');
    expect(found.map((p) => p.code)).toEqual(['yaml/alias-bomb']);
  });

  it('refuses binary data, pointing at the NUL byte', () => {
    expect(problems('a: 1\nb: x\0y\n')).toEqual([{ code: 'yaml/binary', from: [1, 4], to: [1, 5] }]);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const text = 'a: ' + 'x'.repeat(21 * 1024 * 1024) + '\n';
    const parsed = parseText(text, 'big.yaml');
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['yaml/too-large']);
    expect(parsed.documents).toEqual([]);
  });

  it('counts the size limit in UTF-8 bytes', () => {
    expect(problems('a: ' + 'é'.repeat(600), { maxBytes: 1000 }).map((p) => p.code)).toEqual(['yaml/too-large']);
    expect(problems('a: ' + 'e'.repeat(600), { maxBytes: 1000 })).toEqual([]);
  });

  it('refuses nesting of any kind deeper than the limit, before parsing, where it goes too deep', () => {
    const deep = [
      // Flow collections, one line of list items (the stack overflowed inside the yaml parser at
      // a few hundred of these), list items under keys, and mappings under keys.
      'a: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n',
      'a:\n' + '- '.repeat(2000) + 'x\n',
      Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- k:`).join('\n') + ' end\n',
      Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' end\n',
    ];
    expect(deep.map((text) => problems(text))).toEqual([
      [{ code: 'yaml/too-deep', from: [0, 130], to: [0, 131] }],
      [{ code: 'yaml/too-deep', from: [1, 254], to: [1, 255] }],
      [{ code: 'yaml/too-deep', from: [64, 128], to: [64, 129] }],
      [{ code: 'yaml/too-deep', from: [128, 132], to: [128, 133] }],
    ]);
    // The same answer every time, and for a second deep file in the same process.
    expect(deep.map((text) => problems(text))).toEqual(deep.map((text) => problems(text)));
  });

  it('reads nesting up to the limit, and takes a lower limit when asked', () => {
    const text = Array.from({ length: 120 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' end\n';
    const parsed = parseText(text, 'deep.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.documents[0]?.rangeOf('/k0/k1/k2', 'key').start).toEqual({ line: 2, character: 2 });
    expect(problems('a:\n  b:\n    - [c]\n', { maxDepth: 3 })).toEqual([{ code: 'yaml/too-deep', from: [2, 6], to: [2, 7] }]);
  });

  it('does not count quoted text, comments or plain text as nesting', () => {
    const text = `a: "${'- [{'.repeat(300)}"\nb: '${': '.repeat(300)}'\n# ${'- '.repeat(300)}\nc: x${' - y'.repeat(300)}\n`;
    expect(problems(text)).toEqual([]);
  });
});
