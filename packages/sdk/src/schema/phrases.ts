import type { JsonSchema } from '@nof/schemas';

/** How a JSON Schema type reads to a commissioner. */
const TYPE_PHRASES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  object: 'a set of named properties',
  array: 'a list',
  null: 'empty',
};

/** `must be …` for a JSON Schema `type` (ajv gives one type or several joined by commas). */
export function typePhrase(type: unknown): string {
  const types = (Array.isArray(type) ? type : String(type).split(',')).map((t) => TYPE_PHRASES[String(t)] ?? String(t));
  return types.join(' or ');
}

/** What a value actually is, in the same words. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of named properties';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return `\`${value}\``;
  return 'text';
}

/** `must be …` for a string format. */
export function formatPhrase(format: string, value: unknown): string {
  switch (format) {
    case 'date':
      return typeof value === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)
        ? `a real calendar date (${value} does not exist)`
        : 'a date written as YYYY-MM-DD, for example 2015-04-01';
    case 'date-time':
      return 'a date and time written as YYYY-MM-DDThh:mm:ssZ, for example 2015-04-01T09:00:00Z';
    case 'time':
      return 'a time written as hh:mm:ss';
    case 'email':
      return 'an email address';
    case 'uri':
    case 'url':
      return 'a full web address starting with https://';
    default:
      return `in the ${format} format`;
  }
}

/**
 * `must be …` for a failed `pattern`: the schema's description when it names the expected form
 * (`A calendar date written as YYYY-MM-DD, …`), else the pattern itself.
 */
export function patternPhrase(schema: JsonSchema | undefined, pattern: string): string {
  const description = typeof schema?.description === 'string' ? schema.description : '';
  const sentence = description.split(/\.(?:\s|$)/)[0] ?? '';
  if (/^(A|An) /.test(sentence)) return sentence[0]!.toLowerCase() + sentence.slice(1);
  return `text matching the pattern \`${pattern}\``;
}

/** `a, b, c` for a short list, cut with a count when long (codelists run to hundreds). */
export function listValues(values: unknown[], max = 12): string {
  const shown = values.slice(0, max).map((v) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``);
  return values.length > max ? `${shown.join(', ')} and ${values.length - max} more` : shown.join(', ');
}

/** `1 item`, `2 items`. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
