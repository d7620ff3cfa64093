type Op = { type: ' ' | '-' | '+'; line: string };

/** The line-by-line edit script from `a` to `b` (Myers' O(ND) shortest edit). */
function diffLines(a: string[], b: string[]): Op[] {
  const max = a.length + b.length;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Array<Map<number, number>> = [];
  for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v.get(k - 1)! < v.get(k + 1)!) ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= a.length && y >= b.length) return backtrack(trace, a, b);
    }
  }
  return backtrack(trace, a, b);
}

function backtrack(trace: Array<Map<number, number>>, a: string[], b: string[]): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v.get(k - 1)! < v.get(k + 1)!) ? k + 1 : k - 1;
    const prevX = v.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ type: ' ', line: a[--x]! });
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ type: '+', line: b[--y]! });
      else ops.push({ type: '-', line: a[--x]! });
    }
  }
  return ops.reverse();
}

function lines(text: string): string[] {
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * A unified diff (as `diff -u` and `git diff` print it) of two versions of a file, with
 * `context` unchanged lines around each change; empty when they are equal.
 */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  if (oldText === newText) return '';
  const ops = diffLines(lines(oldText), lines(newText));
  const changed = ops.map((op, i) => (op.type === ' ' ? -1 : i)).filter((i) => i >= 0);
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  let i = 0;
  while (i < changed.length) {
    // Grow a hunk while the next change is within two contexts' reach.
    let last = i;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 2 * context) last++;
    const start = Math.max(0, changed[i]! - context);
    const end = Math.min(ops.length, changed[last]! + context + 1);
    const before = ops.slice(0, start);
    const oldStart = before.filter((o) => o.type !== '+').length;
    const newStart = before.filter((o) => o.type !== '-').length;
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((o) => o.type !== '+').length;
    const newCount = hunk.filter((o) => o.type !== '-').length;
    out.push(`@@ -${oldCount ? oldStart + 1 : oldStart},${oldCount} +${newCount ? newStart + 1 : newStart},${newCount} @@`);
    for (const o of hunk) out.push(o.type + o.line);
    i = last + 1;
  }
  return `${out.join('\n')}\n`;
}
