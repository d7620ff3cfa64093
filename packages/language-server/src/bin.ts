#!/usr/bin/env node
/**
 * nof-language-server: `--stdio`, `--node-ipc` or `--socket=<port>` (the connection reads the
 * transport from the command line, as every vscode-languageserver server does).
 */
import { useEnvironmentCopy } from '@nof/sdk/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { compactWhenIdle } from './heap-compaction.js';
import { describeError } from './log.js';
import { startServer } from './server.js';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
if (!process.argv.slice(2).some((arg) => transports.some((t) => arg.startsWith(t)))) {
  process.stderr.write('Usage: nof-language-server --stdio | --node-ipc | --socket=<port>\n');
  process.exit(2);
}

useEnvironmentCopy();
const connection = createConnection(ProposedFeatures.all);
// A fault anywhere must not take the editor's server down: say so and carry on.
process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${describeError(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unexpected rejection: ${describeError(reason)}`));
startServer(connection);
// A whole parse of a large file leaves the heap fragmented: compact it in pauses (heap-compaction.ts).
compactWhenIdle();
