import type { Diagnostic } from '@nof/sdk';

/** The diagnostics of one file as shown to the user, with the path as they named it. */
export interface FileReport {
  file: string;
  documents: number;
  diagnostics: Diagnostic[];
}

/** Totals over a run. */
export interface Summary {
  documents: number;
  errors: number;
  warnings: number;
}

export function summarise(reports: FileReport[]): Summary {
  const summary: Summary = { documents: 0, errors: 0, warnings: 0 };
  for (const report of reports) {
    summary.documents += report.documents;
    for (const d of report.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
    }
  }
  return summary;
}

/** What a formatter may use besides the reports. */
export interface FormatContext {
  /** Colour the output (a terminal that supports it, NO_COLOR unset). */
  color: boolean;
  /** The folder paths are relative to (SARIF's source root). */
  cwd: string;
  /** The text of a reported file, for code frames (undefined when it cannot be read again). */
  source(file: string): string | undefined;
}

/** Turns a run's reports into the text printed on stdout. */
export type Formatter = (reports: FileReport[], summary: Summary, context: FormatContext) => string;

/** A path as reports show it: relative to the working folder when inside it, else as it is. */
export function shownPath(path: string, cwd: string): string {
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}

export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `3 documents in 2 files: 1 error, 0 warnings.`, the last line of the text formats. */
export function summaryLine(reports: FileReport[], summary: Summary): string {
  const checked = `${count(summary.documents, 'document')} in ${count(reports.length, 'file')}`;
  const problems =
    summary.errors + summary.warnings === 0 ? 'no problems' : `${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}`;
  return `${checked}: ${problems}.`;
}
