/**
 * Drives the built language server over stdio as an editor would: spawn, initialize with a
 * workspace folder, open and edit documents, and collect what the server sends back.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type Registration,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/language-server/dist/bin.js');
export const fixtures = join(root, 'test/language-server/fixtures/workspace');
/** Starting a server indexes the fixtures and every example: allow for a busy machine. */
export const STARTUP_MS = 60_000;

/** A temporary workspace folder: the test fixtures and (in `examples/`) the repository's examples. */
export function tempWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nof-lsp-'));
  cpSync(fixtures, dir, { recursive: true });
  cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
  return dir;
}

/** What an editor with every feature the server uses would announce (pull diagnostics optional). */
export function capabilities(options: { pull: boolean }): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceFolders: true,
      symbol: {},
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { didSave: true },
      completion: {
        completionItem: {
          snippetSupport: true,
          documentationFormat: ['markdown'],
          tagSupport: { valueSet: [1] },
          labelDetailsSupport: true,
        },
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      rename: { prepareSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: {},
      selectionRange: {},
      ...(options.pull ? { diagnostic: {} } : {}),
    },
  };
}

export interface StartOptions {
  /** Files to add to the temporary workspace, by path relative to it. */
  files?: Record<string, string>;
  pull?: boolean;
  /** The `nof` section the client answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  /** How to talk to the server: stdio (the default) or node IPC, as VS Code does. */
  transport?: 'stdio' | 'node-ipc';
  /** The workspace folder, relative to the temporary copy (default: the copy itself; `examples` opens the examples). */
  folder?: string;
  /** False to hold back `initialized` (the server indexes once it gets it) until {@link LspSession.initialized}. */
  initialized?: boolean;
}

/** One running server and the client side of its connection. */
export class LspSession {
  readonly published = new Map<string, Diagnostic[]>();
  /** Every publication, in order, by uri. */
  readonly history = new Map<string, Diagnostic[][]>();
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  refreshes = 0;
  stderr = '';
  private readonly versions = new Map<string, number>();
  private listeners: Array<() => void> = [];
  result!: InitializeResult;

  private constructor(
    readonly folder: string,
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    public settings: Record<string, unknown>,
    private readonly copy: string = folder,
  ) {}

  /** Starts a server on a new temporary copy of the fixtures and examples (see {@link tempWorkspace}). */
  static async start(options: StartOptions = {}): Promise<LspSession> {
    const copy = tempWorkspace();
    for (const [path, text] of Object.entries(options.files ?? {})) writeFileSync(join(copy, path), text);
    const folder = join(copy, options.folder ?? '');
    const ipc = options.transport === 'node-ipc';
    const child = ipc
      ? fork(bin, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })
      : spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = ipc
      ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(folder, child, connection, options.settings ?? {}, copy);
    child.stderr!.on('data', (chunk: Buffer) => (session.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      session.published.set(p.uri, p.diagnostics);
      session.history.set(p.uri, [...(session.history.get(p.uri) ?? []), p.diagnostics]);
      session.notify();
    });
    connection.onNotification(LogMessageNotification.type, (p) => {
      session.logs.push(p.message);
      session.notify();
    });
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => session.settings));
    connection.onRequest(RegistrationRequest.type, (p) => {
      session.registrations.push(...p.registrations);
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      session.refreshes++;
      session.notify();
    });
    connection.listen();
    const folderUri = pathToFileURL(folder).href;
    session.result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'workspace' }],
      capabilities: capabilities({ pull: options.pull ?? false }),
    });
    if (options.initialized !== false) await session.initialized();
    return session;
  }

  /** Sends `initialized`: the server reads its settings and indexes the workspace. */
  async initialized(): Promise<void> {
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** The uri of a file of the workspace, by its path relative to the workspace folder. */
  uri(relativePath: string): string {
    return pathToFileURL(join(this.folder, relativePath)).href;
  }

  /** Opens a document with the given text (default: the file's text on disk). */
  async open(uri: string, text?: string, languageId = 'nof-yaml'): Promise<string> {
    const content = text ?? readFileSync(fileURLToPath(uri), 'utf8');
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text: content },
    });
    return content;
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  /** Waits until the server has read the whole workspace (it logs how many files it indexed). */
  async indexed(timeoutMs = STARTUP_MS): Promise<void> {
    await this.until(
      () => (this.logs.some((l) => l.startsWith('Indexed ')) ? true : undefined),
      timeoutMs,
      () => 'the workspace to be indexed',
    );
  }

  /** Waits until the diagnostics published for `uri` satisfy `test` (default 15 s). */
  async diagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 15_000): Promise<Diagnostic[]> {
    return this.until(
      () => {
        const found = this.published.get(uri);
        return found && test(found) ? found : undefined;
      },
      timeoutMs,
      () => `diagnostics for ${uri}: ${JSON.stringify(this.published.get(uri)?.map((d) => d.code))}`,
    );
  }

  async until<T>(probe: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.listeners.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private notify(): void {
    const listeners = this.listeners;
    this.listeners = [];
    listeners.forEach((l) => l());
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Shuts the server down as an editor does, and removes the temporary workspace. */
  async stop(): Promise<void> {
    if (this.alive) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
      await new Promise((resolve) => this.process.once('exit', resolve));
    }
    this.connection.dispose();
    rmSync(this.copy, { recursive: true, force: true });
  }
}
