/**
 * Gives memory back once the server is idle. A whole parse of a large file (yaml's syntax tree of
 * it, 65 MB at 50,000 lines) leaves V8's old space full of garbage interleaved with the document
 * tree that is kept: V8 frees it at a later full collection but keeps the half-empty pages
 * committed, and in Node 20 its memory reducer never compacts them (about 280 MiB resident with a
 * 50,000-line file open, 65 MiB of it live heap). So after a pause in the work, once the old space
 * has grown by GROWTH since the last compaction, one full collection runs with compaction, which
 * moves what is kept onto few pages and releases the rest. It stops the server for 0.1 to 0.4 s
 * (10,000 to 50,000 lines), hence only in a pause and only after such growth.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MIB = 1024 * 1024;
/** Growth of the old space (bytes held from the system) since the last compaction that calls for one. */
const GROWTH = 16 * MIB;
/** Young generation's room (bytes held from the system) worth a second, plain collection to give back. */
const YOUNG = 8 * MIB;
/** Idle time, in ms, before a compaction: a pause in typing, not the gap between two keys. */
const IDLE_MS = 3000;
/**
 * Idle time after a compaction before the plain collection: V8 shrinks the young generation in a
 * full collection only when little was allocated in the last 5 s (a busy spell stays in that
 * window for the compaction itself).
 */
const QUIET_MS = 6000;
/** How often the server checks, in ms. */
const CHECK_MS = 500;
/** Event loop utilisation under which an interval counts as idle. */
const IDLE_UTILISATION = 0.01;

/** The heap as the check sees it: bytes each space holds from the system, and the time idle. */
export interface HeapState {
  idleMs: number;
  oldBytes: number;
  newBytes: number;
  /** The old space's size after the last compaction (at start, its size then). */
  floor: number;
  /** Whether a compaction left the young generation large. */
  youngPending: boolean;
}

/** What to collect now, if anything: a compaction, the plain collection that follows one, or nothing. */
export function collectionDue(heap: HeapState): 'compact' | 'young' | undefined {
  if (heap.idleMs >= IDLE_MS && heap.oldBytes >= heap.floor + GROWTH) return 'compact';
  if (heap.idleMs >= QUIET_MS && heap.youngPending && heap.newBytes > YOUNG) return 'young';
  return undefined;
}

let gc: (() => void) | undefined;

/** A full collection (V8's own choice of what to compact: a few MB at most). */
function collect(): void {
  if (!gc) {
    // `gc` appears in contexts made after the flag is set: in a fresh one, not in the server's own.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** One full collection that compacts every fragmented page of the old space. */
export function compactHeap(): void {
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    collect();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

function spaceBytes(name: 'old_space' | 'new_space'): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === name)?.physical_space_size ?? 0;
}

/** Checks every CHECK_MS, for the life of the process (without keeping it alive), whether to collect. */
export function compactWhenIdle(): void {
  const heap: HeapState = { idleMs: 0, oldBytes: 0, newBytes: 0, floor: spaceBytes('old_space'), youngPending: false };
  let last = performance.eventLoopUtilization();
  setInterval(() => {
    const now = performance.eventLoopUtilization();
    heap.idleMs = performance.eventLoopUtilization(now, last).utilization < IDLE_UTILISATION ? heap.idleMs + CHECK_MS : 0;
    heap.oldBytes = spaceBytes('old_space');
    heap.newBytes = spaceBytes('new_space');
    const due = collectionDue(heap);
    if (!due) {
      last = now;
      return;
    }
    if (due === 'compact') compactHeap();
    else collect();
    heap.floor = due === 'compact' ? spaceBytes('old_space') : heap.floor;
    heap.youngPending = due === 'compact' && spaceBytes('new_space') > YOUNG;
    heap.idleMs = 0;
    // The collection is not the server's work: idleness counts on from here.
    last = performance.eventLoopUtilization();
  }, CHECK_MS).unref();
}
