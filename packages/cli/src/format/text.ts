import type { Formatter } from './report.js';

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `file:line:col severity message [code]`, 1-based as editors and people count, then a summary line. */
export const formatText: Formatter = (reports, summary) => {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      lines.push(`${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message} [${d.code}]`);
    }
  }
  const checked = `${count(summary.documents, 'document')} in ${count(reports.length, 'file')}`;
  const problems = summary.errors + summary.warnings === 0 ? 'no problems' : `${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}`;
  lines.push(`${checked}: ${problems}.`);
  return lines.join('\n') + '\n';
};
