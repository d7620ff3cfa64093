import { describe, expect, it } from 'vitest';
import { runOnWorkers } from './pool.js';

const script = new URL('./pool-test-worker.mjs', import.meta.url);
const run = (items: string[], timeoutMs = 60_000) =>
  runOnWorkers<string, string>(items, { script, threads: 2, chunk: 3, timeoutMs, failed: (item, reason) => `failed ${item}: ${reason}` });

describe('runOnWorkers', () => {
  it('returns every result in input order', async () => {
    expect(await run(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });

  it('reports the item a worker died on, and carries on with the rest of its chunk on a new worker', async () => {
    const results = await run(['a', 'exit', 'b', 'c', 'throw', 'd', 'e']);
    expect(results).toEqual([
      'A',
      'failed exit: its worker stopped (exit code 7)',
      'B',
      'C',
      'failed throw: its worker failed: Error: boom',
      'D',
      'E',
    ]);
  });

  it('stops a worker that stays silent, reporting the item it was on', async () => {
    const results = await run(['a', 'hang', 'b'], 1000);
    expect(results).toEqual(['A', 'failed hang: its worker gave no answer for 1 s and was stopped', 'B']);
  });

  it('says what failed when a result cannot cross the thread boundary', async () => {
    const [a, unclonable, b] = await run(['a', 'unclonable', 'b']);
    expect([a, b]).toEqual(['A', 'B']);
    expect(unclonable).toBe('failed unclonable: its worker failed: an error that could not be passed from the worker thread');
  });
});
