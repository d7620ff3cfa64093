import { describe, expect, it } from 'vitest';
import { applyEdits } from './apply-edits.js';
import { composeAll, parseText } from './parse-text.js';
import { PositionMapper, splitLines } from './positions.js';
import { yamlErrorDiagnostic } from './yaml-problems.js';

describe('PositionMapper', () => {
  it('counts LF, CRLF and a lone CR as line breaks, and U+2028 as a character', () => {
    const positions = PositionMapper.forText('a\nb\r\nc\rd\u2028e');
    expect(positions.lineCount).toBe(4);
    expect(positions.positionAt(7)).toEqual({ line: 3, character: 0 });
    expect(positions.positionAt(9)).toEqual({ line: 3, character: 2 });
    expect(positions.offsetAt({ line: 2, character: 0 })).toBe(5);
    expect(splitLines('a\nb\r\nc\rd\u2028e')).toEqual(['a', 'b', 'c', 'd\u2028e']);
  });

  it('never gives a position inside a line break or past the text, and clamps what it is given', () => {
    const positions = PositionMapper.forText('ab\r\ncd');
    // The offset between CR and LF is the end of its line, as an editor has it.
    expect(positions.positionAt(3)).toEqual({ line: 0, character: 2 });
    expect(positions.positionAt(99)).toEqual({ line: 1, character: 2 });
    expect(positions.positionAt(-4)).toEqual({ line: 0, character: 0 });
    expect(positions.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(positions.offsetAt({ line: 2147483647, character: 2147483647 })).toBe(6);
    expect(positions.offsetAt({ line: -1, character: 5 })).toBe(0);
    expect(positions.restOfLine(1)).toEqual({ start: { line: 0, character: 1 }, end: { line: 0, character: 2 } });
    // A range ending on the CR takes the whole line break, as one ending past an LF alone does.
    expect(positions.range(2, 3)).toEqual({ start: { line: 0, character: 2 }, end: { line: 1, character: 0 } });
    expect(PositionMapper.forText('ab\ncd').range(2, 3)).toEqual(positions.range(2, 3));
  });
});

describe('positions of what the parser reports', () => {
  it('places a problem found while the parser recovers from an error on the line it is on', () => {
    const text = '- a\nb: >-\n  x\n  y\nc: d';
    // documentProblems keeps only the first mistake of a cascade, so ask for this one's diagnostic directly.
    const positions = PositionMapper.forText(text);
    const found = composeAll(text)
      .flatMap((doc) => doc.errors)
      .filter((e) => e.message.includes('"c"'))
      .map((e) => yamlErrorDiagnostic(e, positions, 'error'));
    expect(found.map((d) => d.range)).toEqual([{ start: { line: 4, character: 0 }, end: { line: 4, character: 1 } }]);
  });

  it('reads a file with classic Mac line ends (CR alone) as it reads the same file with LF', () => {
    const lf = 'apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: x\n  note: |\n    a\n    b\nspec: [\n';
    const cr = lf.replace(/\n/g, '\r');
    const [fromLf, fromCr] = [parseText(lf, 'lf.yaml'), parseText(cr, 'cr.yaml')];
    expect(fromCr.documents.map((d) => d.value)).toEqual(fromLf.documents.map((d) => d.value));
    expect(fromCr.documents[0]?.rangeOf('/metadata/note')).toEqual(fromLf.documents[0]?.rangeOf('/metadata/note'));
    expect(fromCr.diagnostics.map((d) => [d.code, d.range])).toEqual(fromLf.diagnostics.map((d) => [d.code, d.range]));
    expect(fromCr.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('applyEdits', () => {
  it('reads positions as an editor does, whatever the line ends, and keeps inserts at one place in order', () => {
    const text = 'a: 1\rb: 2\r\nc: 3';
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
    expect(applyEdits(text, [{ range: at(1, 99), newText: '0' }])).toBe('a: 1\rb: 20\r\nc: 3');
    expect(
      applyEdits(text, [
        { range: at(2, 0), newText: 'x' },
        { range: at(2, 0), newText: 'y' },
        { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } }, newText: '9' },
      ]),
    ).toBe('a: 9\rb: 2\r\nxyc: 3');
  });
});
