import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Workspace } from '../workspace/workspace.js';
import { buildConsortiumReport, type ConsortiumReport, type ReportSources } from './model.js';

/** A consortium's report from a workspace, or why there is none. */
export type WorkspaceReport =
  | { status: 'ok'; report: ConsortiumReport }
  /** The file has errors (listed): a report would show a consortium that is not what it says. */
  | { status: 'has-errors'; errors: Diagnostic[] }
  /** The file is not in the workspace, or holds no Consortium document. */
  | { status: 'no-consortium' };

/**
 * The report of the Consortium document in the file `uri`, drawing its providers and national
 * contracts from the rest of the workspace and judging dates as of the workspace's `asOf`: what
 * `nof report` prints and the language server's `nof.report` command shows.
 */
export function reportFromWorkspace(workspace: Workspace, uri: string): WorkspaceReport {
  if (!workspace.has(uri)) return { status: 'no-consortium' };
  const errors = workspace.diagnostics(uri).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { status: 'has-errors', errors };
  const consortium = workspace.file(uri)?.documents.find((d) => d.kind === 'Consortium');
  if (!consortium) return { status: 'no-consortium' };
  const documents = workspace.documents();
  const sources: ReportSources = {
    get: (kind, id) => documents.find((d) => d.kind === kind && d.id === id),
    all: (kind) => documents.filter((d) => d.kind === kind),
    codelists: workspace.codelists,
    asOf: workspace.asOf,
  };
  return { status: 'ok', report: buildConsortiumReport(consortium, sources) };
}
