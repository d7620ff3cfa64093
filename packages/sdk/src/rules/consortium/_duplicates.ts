/** A value found more than once in a list, and where it first appeared. */
export interface Repeat<T> {
  value: T;
  /** Where it is repeated. */
  pointer: string;
  /** Where it first appears. */
  first: string;
}

/** Each repeat of a value after its first appearance, in list order. */
export function repeatsIn<T>(entries: Iterable<{ value: T; pointer: string }>): Array<Repeat<T>> {
  const seen = new Map<T, string>();
  const repeats: Array<Repeat<T>> = [];
  for (const { value, pointer } of entries) {
    const first = seen.get(value);
    if (first === undefined) seen.set(value, pointer);
    else repeats.push({ value, pointer, first });
  }
  return repeats;
}
