/**
 * Memory of a language server process, for the benchmark: its resident size once settled, and
 * what it is made of, read through lsp-memory-probe.mjs (preloaded with the `node` options
 * `probed()` gives to lsp-client's start).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { median } from './measure.mjs';

const MIB = 1024 * 1024;

export function rssMb(pid) {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
}

/** Node options for a server to be probed: the probe preloaded, gc exposed to it, and the file it answers in. */
export function probed() {
  const dir = mkdtempSync(join(tmpdir(), 'nof-bench-memory-'));
  const out = join(dir, 'probe.json');
  return {
    args: ['--expose-gc', '--import', new URL('./lsp-memory-probe.mjs', import.meta.url).href],
    env: { NOF_MEMORY_PROBE: out },
    out,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Time a server is left idle before its resident size is read, as an editor leaves it between
 * bursts of typing: NOF's compacts its heap after 3 s idle and gives back its young generation's
 * room 6 s later (language-server/src/heap-compaction.ts).
 */
const IDLE_MS = 11_000;

/**
 * Resident size (MiB) once the server has settled: after IDLE_MS, then a second in which it did not
 * change by a MiB, the median of five readings 200 ms apart (a server's work after the last reply,
 * and the kernel's accounting, make one reading noisy).
 */
export async function settledRssMb(pid) {
  await sleep(IDLE_MS);
  let last = rssMb(pid);
  for (let waited = 0; waited < 10_000; waited += 1000) {
    await sleep(1000);
    const now = rssMb(pid);
    if (Math.abs(now - last) < 1) break;
    last = now;
  }
  const readings = [];
  for (let i = 0; i < 5; i++) {
    readings.push(rssMb(pid));
    await sleep(200);
  }
  return median(readings);
}

/**
 * What the memory is made of, in MiB, after a full collection (asked of the probe; taken after the
 * resident readings, which it would change): V8 heap used (what is kept), heap committed (what the
 * heap holds from the system: kept plus room, by space), external memory, resident size.
 */
export async function composition(child, probe) {
  child.kill('SIGUSR2');
  const deadline = Date.now() + 30_000;
  while (!existsSync(probe.out) && Date.now() < deadline) await sleep(50);
  // Written at once but maybe not yet whole when first seen.
  await sleep(100);
  const { usage, heap, spaces } = JSON.parse(readFileSync(probe.out, 'utf8'));
  const committed = (...names) => names.reduce((sum, n) => sum + (spaces[n]?.committed ?? 0), 0) / MIB;
  return {
    used: heap.used_heap_size / MIB,
    committed: heap.total_physical_size / MIB,
    newSpace: committed('new_space', 'new_large_object_space'),
    oldSpace: committed('old_space'),
    largeObjects: committed('large_object_space'),
    code: committed('code_space', 'code_large_object_space'),
    external: usage.external / MIB,
    rss: usage.rss / MIB,
  };
}
