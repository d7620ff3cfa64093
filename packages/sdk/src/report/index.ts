/**
 * @nof/sdk/report: the consortium report (members, governance, arrangements with their terms,
 * lots and tiers, variations from the national contract, savings...), built from a workspace and
 * rendered as Markdown or a self-contained HTML page with charts. Its own entry, so that programs
 * that only validate do not load the charting.
 */
export { reportFromWorkspace, type WorkspaceReport } from './from-workspace.js';
export {
  buildConsortiumReport,
  type ArrangementReport,
  type Authority,
  type ConsortiumReport,
  type LotRow,
  type ReportSources,
  type TermReport,
  type VariationReport,
} from './model.js';
export { renderReportHtml, renderReportMarkdown } from './render.js';
