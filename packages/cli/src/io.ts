/** Where a command writes and what it runs in: the real process, or a test's capture. */
export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Environment variables (NO_COLOR, CI...). */
  env: Readonly<Record<string, string | undefined>>;
  /** True when standard output is a terminal (pretty output is the default there). */
  outIsTerminal: boolean;
  /** True when standard output is a terminal that shows colour (and NO_COLOR is unset). */
  outHasColor: boolean;
  /** True when standard error is a terminal (progress bars go there). */
  errIsTerminal: boolean;
  /** All of standard input, for `nof validate -`; undefined when it is longer than `maxBytes` (reading stops there). */
  readStdin(maxBytes: number): Promise<string | undefined>;
}

/** A stream's text, read no further than `maxBytes` (200 MB piped in is refused at the limit, not held whole first). */
export async function readAll(stream: NodeJS.ReadableStream, maxBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The running process's standard streams. */
export const processIo: Io = {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  outIsTerminal: process.stdout.isTTY === true,
  // hasColors() already honours NO_COLOR, FORCE_COLOR and TERM=dumb.
  outHasColor: process.stdout.isTTY === true && process.stdout.hasColors(),
  errIsTerminal: process.stderr.isTTY === true,
  readStdin: (maxBytes) => readAll(process.stdin, maxBytes),
};

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** Exit codes every command uses. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
