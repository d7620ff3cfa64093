/**
 * Edit distance between two strings, case-insensitive: insertions, deletions, substitutions and
 * swaps of two neighbouring letters each count one (optimal string alignment), since `cihld`
 * for `child` is one slip of the fingers, not two.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, beforePrevious[j - 2]! + 1);
      current[j] = d;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The candidate the user most likely meant by `word` (a typo, a different case, a missing
 * plural `s`), or undefined when none is close enough to suggest with confidence.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // About one edit in three letters: `lot` → `lots`, `memebers` → `members`, but not `foo` → `type`.
  const allowed = Math.max(1, Math.floor(Math.max(word.length, best?.length ?? 0) / 3));
  if (best !== undefined && bestDistance <= allowed && best !== word) return best;
  return onlyExtension(word, candidates);
}

/** The one candidate that starts with `word` (`framework` → `framework-agreement`), if exactly one does. */
function onlyExtension(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length < 3) return undefined;
  const lower = word.toLowerCase();
  const extensions = [...candidates].filter((c) => c.toLowerCase().startsWith(lower) && c.length > word.length);
  return extensions.length === 1 ? extensions[0] : undefined;
}
