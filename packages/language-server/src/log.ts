import type { Connection } from 'vscode-languageserver/node';

/**
 * What the server writes to the client's output channel. Messages name files, counts and
 * timings, never document contents: the documents may hold children's personal data.
 */
export interface Log {
  info(message: string): void;
  error(message: string): void;
}

export function connectionLog(connection: Connection): Log {
  return {
    info: (message) => connection.console.info(message),
    error: (message) => connection.console.error(message),
  };
}

/** An error's name and message (not its stack, which may quote values from the document being read). */
export { describeError } from '@nof/sdk/node';
