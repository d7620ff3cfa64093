import { parsePointer } from '../parse/json-pointer.js';

/** Sets `value` at a JSON pointer inside `root`, creating the objects on the way. */
export function setAt(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const segments = parsePointer(pointer);
  const last = segments.pop();
  if (last === undefined) throw new Error('setAt needs a pointer below the root');
  let node = root;
  for (const segment of segments) {
    const next = node[segment];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  node[last] = value;
}
