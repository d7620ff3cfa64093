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

/** Turns a run's reports into the text printed on stdout. */
export type Formatter = (reports: FileReport[], summary: Summary) => string;
