import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { NOF_LANGUAGE } from './detect.js';
import { readSettings } from './settings.js';

/**
 * The NOF language server, bundled beside the extension as dist/server.mjs, runs in its own
 * Node process and talks over node IPC. It finds the schemas in the extension's data/ folder.
 */
export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: NOF_LANGUAGE, scheme: 'file' },
      { language: NOF_LANGUAGE, scheme: 'untitled' },
    ],
    initializationOptions: readSettings(),
    synchronize: {
      // Documents refer to each other (an IPA to its consortium's lots): the server hears of
      // YAML files changed on disk even when no editor has them open.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'),
    },
    middleware: {
      workspace: {
        // The server gets settings with schema folders made absolute, whichever way it asks.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, i) => (item.section === 'nof' ? readSettings() : answers[i]));
        },
      },
    },
    diagnosticCollectionName: 'nof',
    outputChannelName: 'NOF Language Server',
  };
  return new LanguageClient('nof', 'NOF Language Server', serverOptions, clientOptions);
}

/** Pushes the settings to a running server whenever a `nof.*` setting changes. */
export function forwardSettingChanges(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('nof') && client.isRunning()) {
      void client.sendNotification('workspace/didChangeConfiguration', { settings: { nof: readSettings() } });
    }
  });
}
