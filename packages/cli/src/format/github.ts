import type { Severity } from '@nof/sdk';
import type { Formatter } from './report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub's escaping of a workflow command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** ... and of its properties, where `:` and `,` separate things. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands (`::error file=...,line=...::message`): each diagnostic
 * becomes an annotation on the pull request's diff. Positions are 1-based, end column exclusive.
 */
export const formatGithub: Formatter = (reports) => {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const { start, end } = d.range;
      const properties = [
        `file=${escapeProperty(report.file)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(d.code)}`,
      ];
      lines.push(`::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
