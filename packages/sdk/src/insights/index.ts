/**
 * @nof/sdk/insights: the 2015 review's questions answered from a workspace (value for money,
 * outcomes, compliance, sufficiency, monitoring, directory), as plain data with figures about
 * children suppressed, and rendered as Markdown, HTML (SVG charts), JSON or CSV. Host-agnostic:
 * give it a Workspace (`loadWorkspace` from `@nof/sdk/node`, or one an editor keeps) or documents.
 */
export { buildInsights, INSIGHTS_SCHEMA_ID, workspaceInsights } from './insights.js';
export { renderInsightsCsv, renderInsightsHtml, renderInsightsJson, renderInsightsMarkdown } from './render.js';
export type { InsightsInput } from './documents.js';
export {
  CHILD_KINDS,
  SECTION_KEYS as INSIGHTS_SECTIONS,
  SUPPRESSED,
  type About as InsightsAbout,
  type Basis as InsightsBasis,
  type Cell as InsightsCell,
  type Column as InsightsColumn,
  type Insights,
  type InsightsOptions,
  type Section as InsightsSection,
  type Table as InsightsTable,
} from './model.js';
export type { InsightsSettings } from '../settings/settings.js';
