import type { StandardField } from './fields.js';

/** Why `value` is not a value of the standard's field, or undefined when it is. */
export function standardValueProblem(field: StandardField, value: unknown): string | undefined {
  if (field.cardinality === '1..*') {
    if (!Array.isArray(value) || value.length === 0) return 'must be a list of one or more options';
    const bad = value.find((v) => !field.options!.includes(v as string));
    if (bad !== undefined) return `has '${String(bad)}', which is not one of its options (${field.options!.join(', ')})`;
    return new Set(value).size === value.length ? undefined : 'repeats an option';
  }
  switch (field.type) {
    case 'Integer':
      return Number.isInteger(value) && (value as number) >= 0 ? undefined : `must be a whole number, not ${JSON.stringify(value)}`;
    case 'Boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false, not ${JSON.stringify(value)}`;
    case 'String':
      return typeof value === 'string' && value.trim() !== '' ? undefined : `must be text, not ${JSON.stringify(value)}`;
    case 'Date':
      return typeof value === 'string' && isCalendarDate(value)
        ? undefined
        : `must be a date written YYYY-MM-DD, not ${JSON.stringify(value)}`;
    case 'Categorical':
      return field.options!.includes(value as string)
        ? undefined
        : `${JSON.stringify(value)} is not one of its options (${field.options!.join(', ')})`;
  }
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
