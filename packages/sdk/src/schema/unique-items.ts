/** An item as text that two items share exactly when they are equal as JSON (object keys in any order). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * The first item, reading down, that repeats an earlier one (`i`, and `j` the earlier one), found
 * by keeping each item's canonical text in a map. NOF's `uniqueItems` (nofAjv) calls it: ajv
 * compares every item with every other one unless `items` itself declares a scalar type (a `$ref`
 * hides it), and 30,000 items then took 40 s (ajv-validator/ajv#608). No ajv here: the validators
 * precompiled at build time import it.
 */
export function firstRepeat(items: readonly unknown[]): { i: number; j: number } | undefined {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const key = canonical(items[i]);
    const j = seen.get(key);
    if (j !== undefined) return { i, j };
    seen.set(key, i);
  }
  return undefined;
}
