import { summaryLine, type Formatter } from './report.js';

/** `file:line:col severity message [code]`, 1-based as editors and people count, then a summary line. */
export const formatText: Formatter = (reports, summary) => {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      lines.push(`${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message} [${d.code}]`);
    }
  }
  lines.push(summaryLine(reports, summary));
  return lines.join('\n') + '\n';
};
