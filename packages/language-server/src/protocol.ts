/**
 * @nof/language-server/protocol: what the server's commands (`workspace/executeCommand`) take and
 * answer, for clients. Constants and types only, so a client (the VS Code extension) can import it
 * without bundling any of the server or the SDK.
 */

/** The commands the server executes, by what they do. Each takes one argument, its params object. */
export const SERVER_COMMANDS = {
  /** The consortium report of an open or workspace file, as a self-contained HTML page: {@link ReportParams} → {@link ReportResult}. */
  report: 'nof.server.report',
  /** The workspace's insights (value for money, outcomes, compliance...) as a self-contained HTML page: {@link InsightsParams} → {@link InsightsResult}. */
  insights: 'nof.server.insights',
  /** The formats documents export to: no params → {@link ExportFormatInfo}[]. */
  exportFormats: 'nof.server.exportFormats',
  /** A file's documents in one export format: {@link ExportParams} → {@link ExportResult}. */
  export: 'nof.server.export',
  /** The kinds a new document can be: no params → {@link KindInfo}[]. */
  kinds: 'nof.server.kinds',
  /** The text of a new, minimal document: {@link NewDocumentParams} → {@link NewDocumentResult}. */
  newDocument: 'nof.server.newDocument',
  /** Every file of the workspace checked, with a summary: no params → {@link WorkspaceSummary}. */
  validateWorkspace: 'nof.server.validateWorkspace',
} as const;

/** A problem that stops a report or an export, for a message (its line is 1-based). */
export interface Problem {
  line: number;
  message: string;
  code: string;
}

export interface ReportParams {
  /** The file holding the Consortium: the editor's text when it is open, saved or not. */
  uri: string;
}

export type ReportResult = { status: 'ok'; html: string } | { status: 'has-errors'; problems: Problem[] } | { status: 'no-consortium' };

/** What the insights are judged by. */
export interface InsightsParams {
  /** The day to judge as on, YYYY-MM-DD (default: the workspace's `asOf`, else today). */
  asOf?: string;
}

/**
 * The insights page with the day it was judged on and how many documents were left out (YAML or
 * schema errors, unknown kind or version); refused when the `asOf` given is not a real day.
 */
export type InsightsResult = { status: 'ok'; html: string; asOf: string; leftOut: number } | { status: 'refused'; reason: string };

export interface ExportFormatInfo {
  id: string;
  description: string;
  /** The extension of the file it writes: `json` or `csv`. */
  fileExtension: string;
  /** True when it needs a collection year (SSDA903). */
  needsYear: boolean;
}

export interface ExportParams {
  uri: string;
  format: string;
  /** The collection year ending 31 March of this year, for formats that need one. */
  year?: number;
}

export type ExportResult =
  | { status: 'ok'; text: string; fileExtension: string; notes: Problem[] }
  | { status: 'has-errors'; problems: Problem[] }
  /** The format cannot be made from these documents (no year, not one consortium...). */
  | { status: 'refused'; reason: string };

export interface KindInfo {
  kind: string;
  description: string | undefined;
}

export interface NewDocumentParams {
  kind: string;
  id: string;
  /** Where it will be saved: the schema modeline is written relative to it. */
  uri: string;
}

export interface NewDocumentResult {
  text: string;
}

export interface WorkspaceSummary {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
}
