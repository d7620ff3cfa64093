import type { Diagnostic } from '@nof/sdk';
import { summaryLine, type Formatter } from './report.js';

/** `file:line:col severity message [code]`, 1-based as editors and people count. */
export function locatedLine(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message} [${d.code}]`;
}

/** One located line per diagnostic, then a summary line. */
export const formatText: Formatter = (reports, summary) => {
  const lines = reports.flatMap((report) => report.diagnostics.map((d) => locatedLine(report.file, d)));
  lines.push(summaryLine(reports, summary));
  return lines.join('\n') + '\n';
};
