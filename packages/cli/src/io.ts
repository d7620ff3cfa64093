/** Where a command writes and what it runs in: the real process, or a test's capture. */
export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

/** The running process's standard streams. */
export const processIo: Io = {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** Exit codes every command uses. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
