import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { NOF_LANGUAGE } from './detect.js';

/**
 * The NOF language server, bundled beside the extension as dist/server.mjs, runs in its own
 * Node process and talks over node IPC. It finds the schemas in the extension's data/ folder.
 * It reads the `nof.*` settings (rules, asOf, schemaFolders) through workspace/configuration
 * and hears of their changes.
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
    synchronize: {
      configurationSection: 'nof',
      // Documents refer to each other (an IPA to its consortium's lots), and follow local profiles:
      // the server hears of such files changed on disk even when no editor has them open.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,YAML,YML,profile.json}'),
    },
    diagnosticCollectionName: 'nof',
    outputChannelName: 'NOF Language Server',
  };
  return new LanguageClient('nof', 'NOF Language Server', serverOptions, clientOptions);
}
