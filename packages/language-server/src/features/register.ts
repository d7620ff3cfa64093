import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { ServerContext } from '../server.js';

/** Installs the handler of every language feature and returns the capabilities to announce. */
export function registerFeatures(_context: ServerContext): ServerCapabilities {
  return {};
}
