import { SERVER_COMMANDS, type InsightsResult } from '@nof/language-server/protocol';
import { showPanel, type PanelPage } from '../panels.js';
import { runOnServer, type ServerAccess } from '../server.js';

async function insightsPage(server: ServerAccess): Promise<PanelPage> {
  // No asOf: the server judges as the workspace does (`nof.asOf`, else nof.config.yaml's, else today).
  const result = await runOnServer<InsightsResult>(server, SERVER_COMMANDS.insights, {});
  return result.status === 'ok' ? { html: result.html } : { heading: 'No insights', problem: result.reason };
}

/**
 * "NOF: Show insights": the workspace's insights (value for money, outcomes, compliance,
 * sufficiency, monitoring, directory, as `nof insights` writes them) made by the language server
 * from the documents as the editor holds them, in a panel beside the editor. It is made again
 * when a NOF document is saved or typing in one pauses. Documents with errors are left out and
 * counted at the top of the page.
 */
export function showInsights(server: ServerAccess): Promise<void> {
  return showPanel({ viewType: 'nof.insights', key: 'workspace', title: 'NOF insights', page: () => insightsPage(server) });
}
