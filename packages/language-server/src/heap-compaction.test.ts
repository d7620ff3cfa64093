import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectionDue, compactHeap, type HeapState } from './heap-compaction.js';

const MIB = 1024 * 1024;

describe('collectionDue', () => {
  const settled: HeapState = { idleMs: 0, oldBytes: 40 * MIB, newBytes: 32 * MIB, floor: 30 * MIB, youngPending: false };

  it('compacts only in a pause, after the old space has grown by 16 MiB', () => {
    expect(collectionDue({ ...settled, idleMs: 3000, oldBytes: 46 * MIB })).toBe('compact');
    expect(collectionDue({ ...settled, idleMs: 2500, oldBytes: 46 * MIB })).toBeUndefined();
    expect(collectionDue({ ...settled, idleMs: 60_000, oldBytes: 45 * MIB })).toBeUndefined();
  });

  it('gives back a large young generation left by a compaction after a longer pause, once', () => {
    const after: HeapState = { ...settled, youngPending: true };
    expect(collectionDue({ ...after, idleMs: 6000 })).toBe('young');
    expect(collectionDue({ ...after, idleMs: 5500 })).toBeUndefined();
    expect(collectionDue({ ...after, idleMs: 6000, newBytes: 4 * MIB })).toBeUndefined();
    expect(collectionDue({ ...settled, idleMs: 60_000 })).toBeUndefined();
  });
});

describe('compactHeap', () => {
  it('releases the old space that garbage interleaved with kept objects leaves, and keeps those objects', () => {
    // Kept and dropped objects alternate, as a document tree and the syntax tree it was built from
    // do: 40 MiB, half of it garbage once dropped, which a plain full collection leaves committed.
    let all: { n: number; text: string }[] | undefined = Array.from({ length: 600_000 }, (_, n) => ({ n, text: `item ${n}` }));
    // Into the old space with them all (a full collection promotes what survives it).
    compactHeap();
    const kept = all.filter((item) => item.n % 2 === 0);
    all = undefined;
    compactHeap();
    const old = getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
    expect(old).toBeDefined();
    expect((old?.physical_space_size ?? 0) - (old?.space_used_size ?? 0)).toBeLessThan(8 * MIB);
    expect(kept).toHaveLength(300_000);
    expect(kept.every((item, i) => item.n === 2 * i && item.text === `item ${2 * i}`)).toBe(true);
  });
});
