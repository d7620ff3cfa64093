import type { Diagnostic, Severity } from '@nof/sdk';
import { splitLines } from '@nof/sdk/language';
import { summaryLine, type Formatter } from './report.js';

const SGR = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
const SEVERITY_COLOR: Record<Severity, keyof typeof SGR> = { error: 'red', warning: 'yellow', info: 'cyan' };

type Paint = (style: keyof typeof SGR, text: string) => string;

/**
 * The offending line with the diagnostic's range underlined (to the end of the line when the
 * range goes on), or nothing when the line cannot be shown. Tabs become spaces so the carets line up.
 */
function codeFrame(lines: string[] | undefined, d: Diagnostic, paint: Paint): string[] {
  const line = lines?.[d.range.start.line];
  if (line === undefined) return [];
  const number = String(d.range.start.line + 1);
  const gutter = ' '.repeat(number.length);
  const text = line.replace(/\t/g, ' ');
  const from = Math.min(d.range.start.character, text.length);
  const to = d.range.end.line === d.range.start.line ? Math.min(d.range.end.character, text.length) : text.length;
  const carets = '^'.repeat(Math.max(1, to - from));
  return [
    `${paint('dim', `${number} |`)} ${text}`,
    `${paint('dim', `${gutter} |`)} ${' '.repeat(from)}${paint(SEVERITY_COLOR[d.severity], carets)}`,
  ];
}

/**
 * For people at a terminal: each diagnostic as `file:line:col severity message [code]` (so
 * terminals make the location a link) with the offending line underlined, then the summary.
 */
export const formatPretty: Formatter = (reports, summary, context) => {
  const paint: Paint = (style, text) => (context.color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
  const out: string[] = [];
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    const source = context.source(report.file);
    const lines = source === undefined ? undefined : splitLines(source);
    for (const d of report.diagnostics) {
      const where = `${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`${paint('bold', where)} ${paint(SEVERITY_COLOR[d.severity], d.severity)} ${d.message} ${paint('dim', `[${d.code}]`)}`);
      out.push(...codeFrame(lines, d, paint), '');
    }
  }
  const line = summaryLine(reports, summary);
  out.push(summary.errors > 0 ? paint('red', line) : summary.warnings > 0 ? paint('yellow', line) : line);
  return out.join('\n') + '\n';
};
