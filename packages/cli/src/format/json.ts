import type { Formatter } from './report.js';

/**
 * A stable machine-readable shape for scripts and CI: exactly these fields, positions 0-based
 * as in LSP. Fixes and related locations are left out so the shape stays small and fixed.
 */
export const formatJson: Formatter = (reports, summary) =>
  JSON.stringify({
    summary: { documents: summary.documents, errors: summary.errors, warnings: summary.warnings },
    results: reports.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: d.message, path: d.path, range: d.range })),
    })),
  }) + '\n';
