/** JSON Pointers (RFC 6901), the `path` of every diagnostic: `/spec/lots/0/id`. */

/** Splits a JSON pointer into its unescaped segments; `''` (the whole document) gives `[]`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(pointer.startsWith('/') ? 1 : 0)
    .split('/')
    .map((s) => (s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s));
}

/** Joins segments into a JSON pointer, escaping `~` and `/`. */
export function formatPointer(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of segments) {
    const s = String(segment);
    out += '/' + (s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s);
  }
  return out;
}

/** The pointer one level up (`/spec/lots/0` → `/spec/lots`); the root is its own parent. */
export function parentPointer(pointer: string): string {
  return formatPointer(parsePointer(pointer).slice(0, -1));
}

/** The value at `pointer` inside a plain JS value, or undefined when there is none. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
