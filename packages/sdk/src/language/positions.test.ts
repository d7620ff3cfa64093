import { describe, expect, it } from 'vitest';
import type { Position, Range } from '../diagnostics/diagnostic.js';
import { splitLines } from '../parse/positions.js';
import { quickFixes } from './code-actions.js';
import { completionsAt } from './completion.js';
import { hoverAt } from './hover.js';
import { renameEdits, renameTarget } from './rename.js';
import { foldingRanges, selectionRanges } from './structure.js';
import { documentSymbols } from './symbols.js';
import { FILES, workspaceOf } from './testing.js';
import { documentAt } from './workspace-view.js';

const URI = 'file:///ws/consortium.yaml';
const TEXT = FILES[URI]!;

/** True when a range lies inside the text: on one of its lines, not past that line's end. */
function inside(text: string, range: Range): boolean {
  const lines = splitLines(text);
  const ok = (p: Position) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  return ok(range.start) && ok(range.end);
}

/** Every language feature at one position of a file, as the language server asks for them. */
function everyFeature(text: string, position: Position) {
  const workspace = workspaceOf({ ...FILES, [URI]: text });
  const file = workspace.file(URI)!;
  const document = documentAt(workspace, URI, position);
  const ranges: Range[] = [];
  const completions = completionsAt(workspace, URI, text, position);
  ranges.push(...completions.map((c) => c.range));
  const hover = hoverAt(workspace, URI, position);
  if (hover) ranges.push(hover.range);
  ranges.push(...(document ? selectionRanges(document, position) : []));
  ranges.push(...documentSymbols(workspace, URI).flatMap((s) => [s.range, s.selectionRange]));
  ranges.push(...quickFixes(workspace, URI, { start: position, end: position }).flatMap((f) => f.edits.map((e) => e.range)));
  const target = renameTarget(workspace, URI, position);
  if (target) ranges.push(target.range);
  const renamed = renameEdits(workspace, URI, position, 'new-id');
  if ('edits' in renamed) ranges.push(...(renamed.edits[URI] ?? []).map((e) => e.range));
  const definition = workspace.definition(URI, position);
  if (definition?.uri === URI) ranges.push(definition.range);
  ranges.push(...workspace.references(URI, position).flatMap((l) => (l.uri === URI ? [l.range] : [])));
  const folds = foldingRanges(file);
  return { completions, ranges, folds, lines: splitLines(text).length };
}

describe('language features at any position of any text', () => {
  const extremes: Position[] = [
    { line: 0, character: 0 },
    { line: 5, character: 9999 },
    { line: 9999, character: 0 },
    { line: 2147483647, character: 2147483647 },
    { line: -1, character: -1 },
    { line: 4.5, character: Number.NaN },
  ];

  it('answers every feature at extreme positions with ranges inside the text', () => {
    for (const position of extremes) {
      const found = everyFeature(TEXT, position);
      for (const range of found.ranges) expect(inside(TEXT, range), JSON.stringify({ position, range })).toBe(true);
      for (const fold of found.folds) expect(fold.endLine).toBeLessThan(found.lines);
    }
  });

  it('offers no completion outside the text', () => {
    for (const position of extremes.slice(2)) expect(everyFeature(TEXT, position).completions).toEqual([]);
  });

  it('completes the same with classic Mac, Windows and Unix line ends', () => {
    const text = TEXT.replace('  name: White Rose Test Framework\n', '  name: White Rose Test Framework\n  \n');
    const position = { line: 6, character: 2 };
    const labels = (t: string) => everyFeature(t, position).completions.map((c) => c.label);
    expect(labels(text)).toContain('owner');
    expect(labels(text.replace(/\n/g, '\r'))).toEqual(labels(text));
    expect(labels(text.replace(/\n/g, '\r\n'))).toEqual(labels(text));
  });

  it('takes a lone CR or U+2028 inside a line as one more character of it', () => {
    for (const odd of ['\r', '\u2028']) {
      const text = TEXT.replace('name: White Rose', `name: White${odd}Rose`);
      for (let line = 0; line < splitLines(text).length; line++) {
        const found = everyFeature(text, { line, character: 12 });
        for (const range of found.ranges) expect(inside(text, range)).toBe(true);
      }
    }
  });

  it('completes at the end of ten thousand siblings and inside a ten-thousand-line text', () => {
    const head = 'apiVersion: nof/v1\nkind: Consortium\nmetadata:\n';
    const siblings = `${head}${Array.from({ length: 10_000 }, (_, i) => `  k${i}: v\n`).join('')}  `;
    expect(everyFeature(siblings, { line: 10_003, character: 2 }).completions.map((c) => c.label)).toContain('name');
    const quoted = `${head}  description: "start\n${'    text line\n'.repeat(10_000)}    end"\n`;
    expect(everyFeature(quoted, { line: 5000, character: 6 }).completions).toEqual([]);
  });
});
