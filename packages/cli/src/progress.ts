import type { BatchProgress } from '@nof/sdk/node';
import type { Io } from './io.js';

const WIDTH = 30;
const LABEL: Record<BatchProgress['stage'], string> = { parse: 'Reading', rules: 'Checking' };

/**
 * A one-line progress bar on standard error (only used on a terminal), redrawn at most every
 * tenth of a second and cleared when done, so standard output stays clean.
 */
export function progressBar(io: Io): { update(progress: BatchProgress): void; done(): void } {
  let last = 0;
  let shown = false;
  return {
    update({ stage, done, total }) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      const filled = Math.round((done / Math.max(1, total)) * WIDTH);
      io.err(`\r${LABEL[stage].padEnd(8)} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files`);
    },
    done() {
      if (shown) io.err('\r\u001b[2K');
    },
  };
}
