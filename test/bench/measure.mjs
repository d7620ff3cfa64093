/** Shared by the benchmarks: medians of repeated runs, fresh processes timed, and the load they ran under. */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The 1-minute load average, to quote beside figures taken on a shared machine. */
export function load() {
  return loadavg()[0].toFixed(1);
}

/**
 * Runs `node args` as a fresh process, output discarded, and returns its wall time and CPU time
 * (user + system, all threads) in ms, as GNU time measures them. Throws when it exits with
 * a code not in `exitCodes`.
 */
export function timeProcess(args, { exitCodes = [0], cwd } = {}) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wall = performance.now() - started;
  if (!exitCodes.includes(run.status)) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const [, user, system] = (/cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr) ?? []).map(Number);
  return { wall, cpu: (user + system) * 1000 };
}

/**
 * Times each command of `commands` (name → node arguments) `runs` times, taking turns so that a
 * change in the machine's load falls on all of them alike, after one warm-up round (disk cache).
 * Returns the median wall and CPU time of each, by name.
 */
export function compareProcesses(commands, runs, options) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, { wall: [], cpu: [] }]));
  for (let round = -1; round < runs; round++) {
    for (const [name, args] of Object.entries(commands)) {
      const { wall, cpu } = timeProcess(args, options?.[name]);
      if (round < 0) continue;
      times[name].wall.push(wall);
      times[name].cpu.push(cpu);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, { wall: median(t.wall), cpu: median(t.cpu) }]));
}
