import { describe, expect, it, vi } from 'vitest';
import { Alias, Document } from 'yaml';
import { documentSymbols } from '../language/symbols.js';
import { Workspace } from '../workspace/workspace.js';
import { parseText } from './parse-text.js';

function read(text: string, options = {}) {
  const parsed = parseText(text, 'a.yaml', options);
  return {
    value: parsed.documents[0]?.value,
    problems: parsed.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`),
  };
}

describe('a document’s plain value', () => {
  it('gives an alias the value of the last node anchored with its name before it, shared', () => {
    const { value, problems } = read('a: &x [1]\nb: &x [2]\nc: *x\nd: *x\n');
    expect(problems).toEqual([]);
    expect(value).toEqual({ a: [1], b: [2], c: [2], d: [2] });
    const v = value as Record<string, unknown>;
    expect(v.c).toBe(v.d);
  });

  it('reports an alias inside the node it names instead of making a value that contains itself', () => {
    const text = 'apiVersion: nof/v1\nkind: Consortium\nmetadata: &m\n  id: x\n  self: *m\nspec: &s\n  lots: [*s]\n';
    expect(read(text)).toEqual({ value: null, problems: ['yaml/bad-alias 4:8-10', 'yaml/bad-alias 6:9-11'] });
    // Walks over the value (the outline here) used to recurse for ever.
    const workspace = new Workspace();
    workspace.set('file:///a.yaml', text);
    expect(documentSymbols(workspace, 'file:///a.yaml').map((s) => [s.name, s.children])).toEqual([['Document', []]]);
  });

  it('reports every alias with no anchor, and an alias bomb once, where it goes off', () => {
    expect(read('a: *p\nb: *q\n').problems).toEqual(['yaml/unresolved-alias 0:3-5', 'yaml/unresolved-alias 1:3-5']);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefghi')
      bomb.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`)
          .join(', ')}]`,
      );
    expect(read(bomb.join('\n'))).toEqual({ value: null, problems: ['yaml/alias-bomb 3:11-13'] });
  });

  it('counts nesting through aliases against the depth limit', () => {
    const chain = ['a0: &a0 [[[x]]]'];
    for (let i = 1; i < 6; i++) chain.push(`a${i}: &a${i} [[[*a${i - 1}]]]`);
    expect(read(chain.join('\n'), { maxDepth: 12 }).problems).toEqual(['yaml/too-deep 3:11-14']);
    expect(read(chain.join('\n')).problems).toEqual([]);
  });

  it('names a key that is not a scalar by its text, and keeps a scalar yaml reads as something else as its text', () => {
    const { value, problems } = read('? [a, {b: c}]\n: 1\nd: !!binary aGVsbG8=\ne: !!timestamp 2015-01-01\nf: !!merge <<\n__proto__: 2\n');
    expect(problems).toEqual(['yaml/non-string-key 0:2-3']);
    expect(value).toEqual({ '[a, {b: c}]': 1, d: 'aGVsbG8=', e: '2015-01-01', f: '<<', ['__proto__']: 2 });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(structuredClone(value)).toEqual(value);
  });

  it('reads flow collections used as keys, nested as deep as the limit allows, without yaml’s conversion', () => {
    const toJS = vi.spyOn(Document.prototype, 'toJS');
    const resolve = vi.spyOn(Alias.prototype, 'resolve');
    try {
      const text = `a: ${'[{'.repeat(60)}${'}]'.repeat(60)}\nb: &b [1]\nc: *b\n`;
      const { value, problems } = read(text);
      // The first `[` is a's value; the `[` in each `{` is a key: 59 keys nested in one another, one mistake.
      expect(problems).toEqual(['yaml/non-string-key 0:5-6']);
      expect(Object.keys((value as { a: object[] }).a[0]!)).toEqual(['[{'.repeat(59) + '}]'.repeat(59)]);
      expect(toJS).not.toHaveBeenCalled();
      expect(resolve).not.toHaveBeenCalled();
    } finally {
      toJS.mockRestore();
      resolve.mockRestore();
    }
  });

  it('reports each duplicate key on the whole key, once per repeat, and keeps the last value', () => {
    const text = 'name: a\nlots: 1\nname: b\nname: c\nx: {k: 1, k: 2}\n';
    expect(read(text)).toEqual({
      value: { name: 'c', lots: 1, x: { k: 2 } },
      problems: ['yaml/duplicate-key 2:0-4', 'yaml/duplicate-key 3:0-4', 'yaml/duplicate-key 4:10-11'],
    });
    // Twenty thousand of them: the first thousand listed, the rest counted.
    const many = parseText('a: 1\n'.repeat(20_000), 'a.yaml').diagnostics;
    expect(many).toHaveLength(1001);
    expect(many[999]?.range.start.line).toBe(1000);
    expect(many[1000]?.message).toBe(
      '18,999 more YAML problems in this document are not listed (only the first 1,000 are): fix these and check again.',
    );
  });
});
