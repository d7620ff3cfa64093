/*
 * Plain data (objects, arrays, strings, numbers, booleans) as block YAML, for the sample's
 * hundreds of thousands of documents: the yaml package's stringify takes about 1.4 ms a document,
 * six minutes for England, and this a few microseconds. Strings that YAML could read as anything
 * else (a number, a date-time, `yes`, a key) are written as JSON strings, which YAML reads as the
 * same text. The sample's test reads every file back with the SDK.
 */
type Plain = string | number | boolean | null | undefined | Plain[] | { [key: string]: Plain };

/** Text YAML reads back as the same plain string (with the core schema NOF uses). */
const PLAIN = /^[A-Za-z][A-Za-z0-9 ,.()/'’&-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

function scalar(value: Plain): string {
  if (typeof value === 'string') {
    const plain = (PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(' ')) || /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value);
    return plain ? value : JSON.stringify(value);
  }
  return String(value);
}

const isScalar = (value: Plain): boolean => value === null || typeof value !== 'object';

/** A value on the line of its key: a scalar, or a list or map of scalars in flow style. */
function inline(value: Plain): string | undefined {
  if (isScalar(value)) return scalar(value);
  if (Array.isArray(value)) return value.every(isScalar) ? `[${value.map(scalar).join(', ')}]` : undefined;
  return Object.keys(value!).length === 0 ? '{}' : undefined;
}

/** The lines of a list or map whose entries start at `indent` spaces. */
function block(value: Plain[] | { [key: string]: Plain }, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const flat = isScalar(item) ? scalar(item) : undefined;
      if (flat !== undefined) {
        out.push(`${pad}- ${flat}`);
        continue;
      }
      const inner = block(item as Plain[] | { [key: string]: Plain }, indent + 2);
      // The item's first line goes after its dash.
      out.push(`${pad}- ${inner[0]!.slice(indent + 2)}`, ...inner.slice(1));
    }
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const flat = inline(v);
    if (flat !== undefined) out.push(`${pad}${key}: ${flat}`);
    else out.push(`${pad}${key}:`, ...block(v as Plain[] | { [key: string]: Plain }, indent + 2));
  }
  return out;
}

/** One document (a map) as block YAML, ending with a line break. */
export function toYaml(value: { [key: string]: Plain }): string {
  return `${block(value, 0).join('\n')}\n`;
}
