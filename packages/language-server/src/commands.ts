import { KINDS, shippedSchemaFiles, type Kind } from '@nof/schemas';
import { checkSettingsValue, type Diagnostic } from '@nof/sdk';
import { renderInsightsHtml, workspaceInsights } from '@nof/sdk/insights';
import { EXPORT_FORMATS, ExportError, exportFromWorkspace, type ExportFormat } from '@nof/sdk/interop';
import { scaffold } from '@nof/sdk/node';
import { renderReportHtml, reportFromWorkspace } from '@nof/sdk/report';
import type { ExecuteCommandParams } from 'vscode-languageserver/node';
import { pathOf } from './files.js';
import { describeError } from './log.js';
import {
  SERVER_COMMANDS,
  type ExportFormatInfo,
  type ExportParams,
  type ExportResult,
  type InsightsParams,
  type InsightsResult,
  type KindInfo,
  type NewDocumentParams,
  type NewDocumentResult,
  type Problem,
  type ReportParams,
  type ReportResult,
  type WorkspaceSummary,
} from './protocol.js';
import type { ServerContext } from './server.js';

const problem = (d: Diagnostic): Problem => ({ line: d.range.start.line + 1, message: d.message, code: d.code });

/**
 * The commands clients run through `workspace/executeCommand`: the consortium report, the
 * insights, exports, new documents and a whole-workspace check, each from the SDK on the server's live workspace
 * (an editor's unsaved text included). Each waits for the first indexing, so it never answers
 * from half a workspace. Returns the command ids to announce.
 */
export function registerCommands(context: ServerContext, indexed: Promise<void>): string[] {
  const { connection, project, validation } = context;
  /** The workspace with this file's latest text. */
  const fresh = (uri: string) => {
    validation.flush(uri);
    return project.workspace;
  };
  /** The workspace with every open file's latest text. */
  const freshAll = () => {
    for (const uri of context.documents.keys()) validation.flush(uri);
    return project.workspace;
  };
  const handlers: Record<string, (params: never) => Promise<unknown> | unknown> = {
    async [SERVER_COMMANDS.report]({ uri }: ReportParams): Promise<ReportResult> {
      const result = reportFromWorkspace(fresh(uri), uri);
      if (result.status === 'has-errors') return { status: 'has-errors', problems: result.errors.map(problem) };
      if (result.status === 'no-consortium') return result;
      return { status: 'ok', html: await renderReportHtml(result.report) };
    },
    async [SERVER_COMMANDS.insights]({ asOf }: InsightsParams): Promise<InsightsResult> {
      const workspace = freshAll();
      // The date is checked as nof.config.yaml's asOf is (a real calendar day), by the SDK's one settings checker.
      const [invalid] = asOf === undefined ? [] : checkSettingsValue({ asOf }, 'config', workspace.codelists).problems;
      if (invalid) return { status: 'refused', reason: `asOf: ${invalid.message}` };
      const insights = workspaceInsights(workspace, asOf === undefined ? {} : { asOf });
      return { status: 'ok', html: await renderInsightsHtml(insights), asOf: insights.about.asOf, leftOut: insights.about.leftOut };
    },
    [SERVER_COMMANDS.exportFormats](): ExportFormatInfo[] {
      return EXPORT_FORMATS.map((f) => ({ id: f.id, description: f.description, fileExtension: f.fileExtension, needsYear: f.needsYear }));
    },
    [SERVER_COMMANDS.export]({ uri, format, year }: ExportParams): ExportResult {
      if (!EXPORT_FORMATS.some((f) => f.id === format)) return { status: 'refused', reason: `no export format '${format}'` };
      try {
        const result = exportFromWorkspace(fresh(uri), uri, format as ExportFormat['id'], year === undefined ? {} : { year });
        if (result.status === 'has-errors') return { status: 'has-errors', problems: result.errors.map(problem) };
        const { text, diagnostics } = result.exported;
        const fileExtension = EXPORT_FORMATS.find((f) => f.id === format)!.fileExtension;
        return { status: 'ok', text, fileExtension, notes: diagnostics.map(problem) };
      } catch (error) {
        if (error instanceof ExportError) return { status: 'refused', reason: error.message };
        throw error;
      }
    },
    [SERVER_COMMANDS.kinds](): KindInfo[] {
      const schemas = shippedSchemaFiles().filter((s) => s.apiVersion === 'nof/v1');
      return KINDS.map((kind) => {
        const description = schemas.find((s) => s.kind === kind)?.schema.description;
        return { kind, description: typeof description === 'string' ? description : undefined };
      });
    },
    [SERVER_COMMANDS.newDocument]({ kind, id, uri }: NewDocumentParams): NewDocumentResult {
      if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`no kind '${kind}'`);
      const file = pathOf(uri);
      return { text: scaffold(kind as Kind, id, file ? { file } : {}) };
    },
    [SERVER_COMMANDS.validateWorkspace](): WorkspaceSummary {
      const summary: WorkspaceSummary = { files: 0, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0 };
      const workspace = freshAll();
      for (const uri of workspace.uris()) {
        const { diagnostics } = workspace.diagnostics(uri);
        summary.files++;
        if (diagnostics.length) summary.filesWithProblems++;
        for (const d of diagnostics) summary[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos']++;
      }
      return summary;
    },
  };

  connection.onExecuteCommand(async ({ command, arguments: args }: ExecuteCommandParams) => {
    const handler = handlers[command];
    if (!handler) throw new Error(`Unknown command ${command}`);
    await indexed;
    try {
      return await handler((args?.[0] ?? {}) as never);
    } catch (error) {
      context.log.error(`Command ${command} failed: ${describeError(error)}`);
      throw error;
    }
  });
  return Object.keys(handlers);
}
