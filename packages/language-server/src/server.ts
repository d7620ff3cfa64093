import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type DocumentDiagnosticReport,
  type CancellationToken,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PROFILE_SUFFIX, type FileChange } from '@nof/sdk';
import { toLspDiagnostic } from './convert.js';
import { registerFeatures } from './features/register.js';
import { pathOf, uriOf } from './files.js';
import { connectionLog, describeError, type Log } from './log.js';
import { ServerProject } from './project.js';
import { Validation } from './validation.js';

/** What the client said it can do, reduced to the questions the server asks. */
interface ClientSupport {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  configurationRegistration: boolean;
  watchedFilesRegistration: boolean;
  snippets: boolean;
  markdown: boolean;
}

function supportOf(c: ClientCapabilities): ClientSupport {
  return {
    pullDiagnostics: c.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: c.workspace?.diagnostics?.refreshSupport === true,
    configuration: c.workspace?.configuration === true,
    configurationRegistration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    snippets: c.textDocument?.completion?.completionItem?.snippetSupport === true,
    markdown: (c.textDocument?.hover?.contentFormat ?? []).includes('markdown'),
  };
}

/** Everything a feature handler needs: the project, the open documents and how to reach the client. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  project: ServerProject;
  validation: Validation;
  support: ClientSupport;
  log: Log;
  /**
   * Runs a request about one document once the workspace holds its latest text, honouring
   * cancellation; a failure is logged and answered with `fallback`, never thrown at the client.
   */
  about<R>(uri: string, token: CancellationToken, fallback: R, run: () => R): R;
}

/**
 * Starts the NOF language server on a connection (stdio, node IPC or socket: the connection
 * decides). Safe against any input: a handler that fails logs and answers empty.
 */
export function startServer(connection: Connection): void {
  const log = connectionLog(connection);
  const documents = new TextDocuments(TextDocument);
  const project = new ServerProject(log);
  let support = supportOf({});
  let folders: string[] = [];
  // Nothing is published, and no pull answered, before the first indexing ends: diagnostics from
  // half a workspace (a reference whose document is not read yet, the default date before
  // nof.config.yaml's) would be false. When it ends, every file is checked and sent again.
  let markIndexed: () => void = () => {};
  const indexed = new Promise<void>((resolve) => (markIndexed = resolve));

  const isPulled = (uri: string) => support.pullDiagnostics && documents.get(uri) !== undefined;
  const validation = new Validation({
    sync(uri) {
      const document = documents.get(uri);
      return document ? project.setText(uri, document.getText(), document.languageId) : [];
    },
    deliver(uri) {
      if (isPulled(uri) || !project.project.ready) return;
      const diagnostics = project.workspace.has(uri) ? project.workspace.diagnostics(uri).diagnostics.map(toLspDiagnostic) : [];
      void connection.sendDiagnostics({ uri, diagnostics });
    },
    done(uris, edited) {
      if (!project.project.ready) return;
      if (support.diagnosticRefresh && uris.some((u) => isPulled(u) && !edited.has(u))) void connection.languages.diagnostics.refresh();
    },
  });

  const context: ServerContext = {
    connection,
    documents,
    project,
    validation,
    get support() {
      return support;
    },
    log,
    about(uri, token, fallback, run) {
      try {
        validation.flush(uri);
        if (token.isCancellationRequested) return fallback;
        return run();
      } catch (error) {
        log.error(`Request about a document failed: ${describeError(error)}`);
        return fallback;
      }
    },
  };

  connection.onInitialize((params): InitializeResult => {
    support = supportOf(params.capabilities);
    folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined);
    // Clients without workspace folders still say where they are.
    const root = params.rootUri ? pathOf(params.rootUri) : undefined;
    if (folders.length === 0 && root) folders = [root];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...(support.pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        ...registerFeatures(context),
      },
      serverInfo: { name: 'nof-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (support.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'nof' });
    if (support.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{yaml,yml,YAML,YML}' }, { globPattern: `**/*${PROFILE_SUFFIX}` }],
      });
    }
    await readClientSettings();
    try {
      await project.index(folders.map(uriOf));
      project.project.watch(
        (uris) => validation.enqueue(uris),
        (error) => log.error(`Reading changed files failed: ${describeError(error)}`),
      );
    } catch (error) {
      log.error(`Indexing the workspace failed: ${describeError(error)}`);
    }
    markIndexed();
    // Every file, open ones first: each is checked against the whole workspace now, published
    // (or, for a client that pulls, asked to pull again).
    const open = documents.keys();
    validation.enqueue([...open, ...project.workspace.uris().filter((u) => !open.includes(u))]);
  });

  async function readClientSettings(): Promise<void> {
    if (!support.configuration) return;
    try {
      const raw: unknown = await connection.workspace.getConfiguration('nof');
      validation.enqueue(project.applySettings(raw));
    } catch (error) {
      log.error(`Reading the nof settings failed: ${describeError(error)}`);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (support.configuration) return readClientSettings();
    // Clients without workspace/configuration push the settings instead.
    validation.enqueue(project.applySettings((change.settings as { nof?: unknown } | null)?.nof));
  });

  documents.onDidOpen(({ document }) => {
    // A document the client pulls diagnostics for loses those published while it was closed.
    if (support.pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    validation.changed(document.uri);
    validation.flush(document.uri);
  });
  documents.onDidChangeContent(({ document }) => validation.changed(document.uri));
  documents.onDidClose(async ({ document }) => {
    // Back to the text on disk (or gone, for an unsaved new document).
    validation.enqueue(await project.project.release(document.uri));
  });

  // The client's file events are the host's watcher: the SDK's Project reads what changed
  // (nof.config.yaml, a profile, a document no editor holds) and says what to check again.
  const CHANGE: Record<number, FileChange['type']> = {
    [FileChangeType.Created]: 'created',
    [FileChangeType.Changed]: 'changed',
    [FileChangeType.Deleted]: 'deleted',
  };
  connection.onDidChangeWatchedFiles(({ changes }) =>
    project.host.notify(changes.map((c) => ({ uri: c.uri, type: CHANGE[c.type] ?? 'changed' }))),
  );

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    await indexed;
    // The client pulls when it wants the answer (it debounces and cancels itself): check now.
    const items = context.about(uri, token, [], () =>
      project.workspace.has(uri) ? project.workspace.diagnostics(uri).diagnostics.map(toLspDiagnostic) : [],
    );
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });

  connection.onShutdown(() => validation.dispose());
  documents.listen(connection);
  connection.listen();
}
