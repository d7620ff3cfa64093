import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchInput, FileCheck } from './file-check.js';

/** Files sent to a worker at a time: big enough to amortise messaging, small enough to balance the load. */
const CHUNK = 40;

/**
 * Runs the text-only stage on worker threads (one per core, at most `threads`) and returns the
 * results in input order, whatever order the workers finish in. `onChunk` gets the files done so far.
 */
export async function checkOnWorkers(
  inputs: BatchInput[],
  schemaDir: string | undefined,
  threads: number,
  onChunk: (done: number) => void,
): Promise<FileCheck[]> {
  const chunks: BatchInput[][] = [];
  for (let i = 0; i < inputs.length; i += CHUNK) chunks.push(inputs.slice(i, i + CHUNK));
  const results: FileCheck[][] = new Array(chunks.length);
  const count = Math.max(1, Math.min(threads, availableParallelism(), chunks.length));
  const workers = Array.from({ length: count }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: { schemaDir } }));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= chunks.length) return resolve();
              worker.postMessage({ id: next, inputs: chunks[next++] });
            };
            worker.on('message', ({ id, checks }: { id: number; checks: FileCheck[] }) => {
              results[id] = checks;
              done += checks.length;
              onChunk(done);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a validation worker stopped (exit code ${code})`))));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
