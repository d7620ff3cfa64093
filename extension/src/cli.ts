import { main } from '@nof/cli';

/** What one `nof` command line printed, and its exit code (0 clean, 1 problems, 2 usage). */
export interface NofRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs a `nof` command line in-process, exactly as the CLI would in a terminal at `cwd`, and
 * captures what it prints: the commands show the CLI's own reports and documents, not copies.
 */
export async function runNof(args: string[], cwd: string): Promise<NofRun> {
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    // Not a terminal: plain text, no colours or progress bars, and nothing to read from stdin.
    env: { ...process.env, NO_COLOR: '1' },
    outIsTerminal: false,
    outHasColor: false,
    errIsTerminal: false,
    readStdin: async () => '',
  });
  return { code, out, err };
}

/** The CLI's own one-line explanation of a failed run, for a message to the user. */
export function failure(run: NofRun): string {
  return (run.err.trim() || run.out.trim()).split('\n')[0] ?? `nof exited with code ${run.code}`;
}
