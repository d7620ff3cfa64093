import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describeError as describe } from '../diagnostics/describe-error.js';

/** What a pool's worker script posts back: one message per item, in the order it was sent. */
export type WorkerAnswer<O> = { index: number; result: O } | { index: number; error: string };

export interface PoolOptions<I, O> {
  /** The worker script: it gets `{ first, items }` and posts a {@link WorkerAnswer} per item. */
  script: URL;
  workerData?: unknown;
  /** Most threads (default: one per core). */
  threads?: number;
  /** Items sent to a worker at a time: big enough to amortise messaging, small enough to balance the load (default 40). */
  chunk?: number;
  /** How long a worker may go without answering before it is taken for hung (default 60 s). */
  timeoutMs?: number;
  /** The result for an item whose worker failed on it (died, hung, threw, or sent what cannot cross threads). */
  failed(item: I, reason: string): O;
  onItem?(done: number): void;
}

/** A worker and the items it was given but has not answered yet. */
interface Running {
  worker: Worker;
  pending: number[];
  timer?: NodeJS.Timeout;
}

/**
 * Runs items on worker threads and returns their results in input order, whatever order the
 * workers finish in. A worker that exits, throws, sends a message that cannot be read, or stays
 * silent longer than `timeoutMs` is stopped: the item it was on gets `failed(item, reason)`,
 * the rest of its chunk goes to a fresh worker, and the run carries on. It never hangs.
 */
export function runOnWorkers<I, O>(items: readonly I[], options: PoolOptions<I, O>): Promise<O[]> {
  const chunk = options.chunk ?? 40;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const queue: number[][] = [];
  for (let i = 0; i < items.length; i += chunk) queue.push(Array.from({ length: Math.min(chunk, items.length - i) }, (_, j) => i + j));
  const results: O[] = new Array(items.length);
  const threads = Math.max(1, Math.min(options.threads ?? Number.POSITIVE_INFINITY, availableParallelism(), queue.length));
  let done = 0;
  let running = 0;

  return new Promise<O[]>((resolve) => {
    const settle = (index: number, result: O) => {
      results[index] = result;
      options.onItem?.(++done);
    };
    const start = () => {
      const slot: Running = { worker: new Worker(options.script, { workerData: options.workerData }), pending: [] };
      running++;
      let over = false;
      const finish = () => {
        if (over) return;
        over = true;
        clearTimeout(slot.timer);
        running--;
        void slot.worker.terminate();
        if (queue.length > 0) start();
        else if (running === 0) resolve(results);
      };
      // Why the worker failed, noted at once; the item it failed on is known only once every
      // message it sent before failing has been read, which Node does before 'exit'.
      let reason: string | undefined;
      const failed = () => {
        if (over) return;
        const [culprit, ...rest] = slot.pending;
        if (culprit !== undefined) settle(culprit, options.failed(items[culprit]!, reason ?? 'its worker stopped'));
        if (rest.length) queue.unshift(rest);
        finish();
      };
      const stop = (why: string) => {
        reason ??= why;
        // Settled on 'exit', or once stopped should a dead worker never say so.
        void slot.worker.terminate().then(failed, failed);
      };
      const watch = () => {
        clearTimeout(slot.timer);
        if (slot.pending.length)
          slot.timer = setTimeout(() => stop(`its worker gave no answer for ${timeoutMs / 1000} s and was stopped`), timeoutMs);
      };
      const send = () => {
        const next = queue.shift();
        if (!next) return finish();
        slot.pending = next;
        slot.worker.postMessage({ first: next[0], items: next.map((i) => items[i]) });
        watch();
      };
      slot.worker.on('message', (answer: WorkerAnswer<O>) => {
        if (over || answer.index !== slot.pending[0]) return;
        slot.pending.shift();
        settle(answer.index, 'error' in answer ? options.failed(items[answer.index]!, answer.error) : answer.result);
        if (slot.pending.length) watch();
        // A failing worker gets no more work: it is stopping.
        else if (reason === undefined) send();
      });
      slot.worker.on('error', (error) => stop(`its worker failed: ${describe(error)}`));
      slot.worker.on('messageerror', (error) => stop(`its result could not be passed between threads: ${describe(error)}`));
      slot.worker.on('exit', (code) => {
        reason ??= `its worker stopped (exit code ${code})`;
        failed();
      });
      send();
    };
    if (items.length === 0) resolve(results);
    else for (let i = 0; i < threads; i++) start();
  });
}
