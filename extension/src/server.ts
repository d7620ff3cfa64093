import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

/** The running language server, started on first use. */
export type ServerAccess = () => Promise<LanguageClient>;

/**
 * Runs one of the server's commands (`@nof/language-server/protocol`): the server does the work
 * with the SDK on its live workspace, which holds the editor's unsaved text.
 */
export async function runOnServer<R>(server: ServerAccess, command: string, params?: object): Promise<R> {
  const client = await server();
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: params ? [params] : [] }) as Promise<R>;
}

/** A problem the server gave for a message: `line 9: ... [schema/enum]`. */
export function describeProblem(problem: { line: number; message: string; code: string }): string {
  return `line ${problem.line}: ${problem.message} [${problem.code}]`;
}
