/**
 * Preloaded into a language server by the benchmark (`node --expose-gc --import <this> server.js`),
 * never shipped: on SIGUSR2 it collects garbage and writes what the process's memory is made of
 * (V8 heap used and committed, by space; external memory; resident size) as JSON to the file
 * $NOF_MEMORY_PROBE, with a heap snapshot (`.heapsnapshot`, for Chrome's devtools) beside it when
 * $NOF_MEMORY_SNAPSHOT names one.
 */
import { writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics, getHeapStatistics, writeHeapSnapshot } from 'node:v8';

const out = process.env.NOF_MEMORY_PROBE;
if (out) {
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    const spaces = Object.fromEntries(
      getHeapSpaceStatistics().map((s) => [s.space_name, { used: s.space_used_size, committed: s.physical_space_size }]),
    );
    const snapshot = process.env.NOF_MEMORY_SNAPSHOT ? writeHeapSnapshot(process.env.NOF_MEMORY_SNAPSHOT) : undefined;
    writeFileSync(out, JSON.stringify({ usage: process.memoryUsage(), heap: getHeapStatistics(), spaces, snapshot }));
  });
}
