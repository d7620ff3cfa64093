import type { Range, Severity } from '@nof/sdk';
import { splitLines } from '@nof/sdk/language';
import { shownPath, summaryLine, type Formatter } from './report.js';

const SGR = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
const SEVERITY_COLOR: Record<Severity, keyof typeof SGR> = { error: 'red', warning: 'yellow', info: 'cyan' };

type Paint = (style: keyof typeof SGR, text: string) => string;

/**
 * The line a range starts on, underlined (to the end of the line when the range goes on), or
 * nothing when the line cannot be shown. Tabs become spaces so the carets line up.
 */
function codeFrame(lines: string[] | undefined, range: Range, color: keyof typeof SGR, paint: Paint): string[] {
  const line = lines?.[range.start.line];
  if (line === undefined) return [];
  const number = String(range.start.line + 1);
  const gutter = ' '.repeat(number.length);
  const text = line.replace(/\t/g, ' ');
  const from = Math.min(range.start.character, text.length);
  const to = range.end.line === range.start.line ? Math.min(range.end.character, text.length) : text.length;
  const carets = '^'.repeat(Math.max(1, to - from));
  return [`${paint('dim', `${number} |`)} ${text}`, `${paint('dim', `${gutter} |`)} ${' '.repeat(from)}${paint(color, carets)}`];
}

function located(file: string, range: Range): string {
  return `${file}:${range.start.line + 1}:${range.start.character + 1}`;
}

/**
 * For people at a terminal: each diagnostic as `file:line:col severity message [code]` (so
 * terminals make the location a link) with the offending line underlined, and each place it
 * relates to (the first of a duplicate, the lot it must fit) as a located note with its line;
 * then the summary.
 */
export const formatPretty: Formatter = (reports, summary, context) => {
  const paint: Paint = (style, text) => (context.color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
  // Each file's lines, read once however many findings and notes point into it.
  const read = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!read.has(file)) {
      const source = context.source(file);
      read.set(file, source === undefined ? undefined : splitLines(source));
    }
    return read.get(file);
  };
  const out: string[] = [];
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    const lines = linesOf(report.file);
    for (const d of report.diagnostics) {
      const where = located(report.file, d.range);
      out.push(`${paint('bold', where)} ${paint(SEVERITY_COLOR[d.severity], d.severity)} ${d.message} ${paint('dim', `[${d.code}]`)}`);
      out.push(...codeFrame(lines, d.range, SEVERITY_COLOR[d.severity], paint));
      for (const related of d.related ?? []) {
        const file = shownPath(related.uri, context.cwd);
        out.push(`  ${paint('cyan', 'note:')} ${paint('bold', located(file, related.range))} ${related.message}`);
        out.push(...codeFrame(linesOf(file), related.range, 'cyan', paint).map((l) => `  ${l}`));
      }
      out.push('');
    }
  }
  const line = summaryLine(reports, summary);
  out.push(summary.errors > 0 ? paint('red', line) : summary.warnings > 0 ? paint('yellow', line) : line);
  return out.join('\n') + '\n';
};
