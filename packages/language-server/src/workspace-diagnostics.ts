import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Diagnostic,
  type PreviousResultId,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';

/** The result id of a file that has left the workspace (its diagnostics were cleared). */
const GONE = 'gone';
/** How long a waiting pull lets a round of checks run on before it answers, so one answer carries the round. */
const SETTLE_MS = 100;

/**
 * `workspace/diagnostic`: every file of the workspace, open or not. Each file has a result id that
 * changes whenever its diagnostics may have (the server's check rounds say which), so a client
 * that pulls again (VS Code does, after each answer) gets only the files that changed since, and
 * a pull with nothing new waits for the next change instead of answering at once.
 */
export class WorkspaceDiagnostics {
  private counter = Date.now();
  private readonly ids = new Map<string, string>();
  private readonly waiting = new Set<() => void>();
  /** True once a client has pulled the workspace: from then on it, not publishing, delivers closed files. */
  pulled = false;

  /** A file's diagnostics may have changed. */
  changed(uri: string): void {
    this.ids.set(uri, String(this.counter++));
    for (const wake of this.waiting) wake();
    this.waiting.clear();
  }

  private idOf(uri: string): string {
    let id = this.ids.get(uri);
    if (id === undefined) {
      id = String(this.counter++);
      this.ids.set(uri, id);
    }
    return id;
  }

  /** The reports a pull gets: files whose result id differs from the client's, and files gone since. */
  async pull(
    uris: () => string[],
    previous: readonly PreviousResultId[],
    diagnosticsOf: (uri: string) => Diagnostic[],
    token: CancellationToken,
  ): Promise<WorkspaceDocumentDiagnosticReport[]> {
    const known = new Map(previous.map((p) => [p.uri, p.value]));
    for (;;) {
      const current = new Set(uris());
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const uri of current) {
        const resultId = this.idOf(uri);
        if (known.get(uri) !== resultId)
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri, resultId, version: null, items: diagnosticsOf(uri) });
      }
      for (const [uri, value] of known) {
        if (!current.has(uri) && value !== GONE)
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri, resultId: GONE, version: null, items: [] });
      }
      if (items.length > 0 || token.isCancellationRequested) return items;
      await new Promise<void>((resolve) => {
        this.waiting.add(resolve);
        token.onCancellationRequested(() => resolve());
      });
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
  }
}
