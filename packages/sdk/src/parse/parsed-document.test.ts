import { describe, expect, it } from 'vitest';
import type { Range } from '../diagnostics/diagnostic.js';
import { parseText } from './parse-text.js';

const TEXT = `apiVersion: nof/v1
kind: Consortium
spec:
  lead: E08000035
  empty:
  members:
    - E08000035
    - { code: E08000036, note: "x" }
  place: "🦊 fox"
  after: here
---
kind: Second
`;

const [first, second] = parseText(TEXT, 'a.yaml').documents;
const at = (r: Range) => [r.start.line, r.start.character, r.end.line, r.end.character];

describe('ParsedDocument.rangeOf', () => {
  it('gives the key or the value of a property', () => {
    expect(at(first!.rangeOf('/spec/lead', 'key'))).toEqual([3, 2, 3, 6]);
    expect(at(first!.rangeOf('/spec/lead', 'value'))).toEqual([3, 8, 3, 17]);
  });

  it('walks arrays and flow mappings', () => {
    expect(at(first!.rangeOf('/spec/members/0'))).toEqual([6, 6, 6, 15]);
    expect(at(first!.rangeOf('/spec/members/1/code', 'value'))).toEqual([7, 14, 7, 23]);
  });

  it('points at the key of an empty value', () => {
    expect(at(first!.rangeOf('/spec/empty', 'value'))).toEqual([4, 2, 4, 7]);
  });

  it('falls back to the nearest existing ancestor’s key', () => {
    expect(at(first!.rangeOf('/spec/lots/0/id', 'value'))).toEqual([2, 0, 2, 4]);
    expect(at(first!.rangeOf('/spec/members/7'))).toEqual([5, 2, 5, 9]);
  });

  it('gives the first line of the document for the root and its missing children', () => {
    expect(at(first!.rangeOf('', 'key'))).toEqual([0, 0, 0, 18]);
    expect(at(first!.rangeOf('/metadata'))).toEqual([0, 0, 0, 18]);
    expect(at(second!.rangeOf('/metadata'))).toEqual([11, 0, 11, 12]);
  });

  it('counts characters in UTF-16 code units, as LSP does', () => {
    // The fox is one character to a person but two UTF-16 code units.
    expect(at(first!.rangeOf('/spec/place'))).toEqual([8, 9, 8, 17]);
    expect(at(first!.rangeOf('/spec/after', 'key'))).toEqual([9, 2, 9, 7]);
  });

  it('unescapes JSON pointer segments', () => {
    const [doc] = parseText('a/b: 1\nc~d: 2\n', 'a.yaml').documents;
    expect(at(doc!.rangeOf('/a~1b', 'key'))).toEqual([0, 0, 0, 3]);
    expect(at(doc!.rangeOf('/c~0d', 'key'))).toEqual([1, 0, 1, 3]);
  });

  it('follows aliases', () => {
    const [doc] = parseText('base: &b\n  x: 1\nother: *b\n', 'a.yaml').documents;
    expect(doc!.value).toEqual({ base: { x: 1 }, other: { x: 1 } });
    expect(at(doc!.rangeOf('/other/x', 'key'))).toEqual([1, 2, 1, 3]);
  });
});
