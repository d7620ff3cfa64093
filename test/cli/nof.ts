import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');

/** Runs the built `nof` as a user would, from `cwd`, with standard input `input` and no terminal. */
export function nof(args: string[], cwd = root, options: { input?: string; env?: Record<string, string> } = {}) {
  const env = { ...process.env, ...options.env };
  delete env.CI;
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    input: options.input ?? '',
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
