/**
 * How a value crosses between the Placements Data Standard and NOF. Each field's mapping uses
 * one codec: `toNof` gets a value that has passed the standard's type check; `fromNof` gets
 * whatever the NOF document holds (it may not be valid) and says why when it cannot convert.
 */

export type FromNof = { value: unknown } | { problem: string; value?: unknown };

export interface Codec {
  toNof(value: unknown): unknown;
  fromNof(value: unknown): FromNof;
}

/** The same value on both sides (text, yes/no, counts, dates). */
export const same: Codec = { toNof: (v) => v, fromNof: (v) => ({ value: v }) };

function reverse(pairs: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(pairs).map(([standard, nof]) => [nof, standard]));
}

/** A categorical field: each of the standard's options (keys) is a NOF enum value. */
export function options(pairs: Record<string, string>): Codec {
  const back = reverse(pairs);
  return {
    toNof: (v) => pairs[v as string],
    fromNof: (v) => {
      const option = back.get(v as string);
      return option === undefined
        ? { problem: `'${String(v)}' has no option in the standard (options: ${[...back.keys()].join(', ')})` }
        : { value: option };
    },
  };
}

/** A categorical field that takes a list (`1..*`): each item maps as {@link options} does. */
export function optionList(pairs: Record<string, string>): Codec {
  const one = options(pairs);
  return {
    toNof: (v) => (v as string[]).map((x) => one.toNof(x)),
    fromNof: (v) => {
      if (!Array.isArray(v)) return { problem: 'is not a list' };
      const out: unknown[] = [];
      for (const item of v) {
        const converted = one.fromNof(item);
        if ('problem' in converted) return converted;
        out.push(converted.value);
      }
      return { value: out };
    },
  };
}

/**
 * The standard's child ID is an integer; NOF's local reference is text so that it can hold case
 * numbers such as `LDS-2015-0042`. Only a reference written as a plain whole number (no leading
 * zero, which an integer would lose) goes back as an integer.
 */
export const childId: Codec = {
  toNof: (v) => String(v),
  fromNof: (v) =>
    typeof v === 'string' && /^(0|[1-9][0-9]{0,14})$/.test(v)
      ? { value: Number(v) }
      : { problem: `'${String(v)}' is not a whole number, which the standard's Integer child ID needs; written as text`, value: v },
};

/** The standard's support options (one per record) and NOF's support types (a list). */
const SUPPORT: Record<string, string> = {
  'additional supervision': 'additional-supervision',
  'therapeutic support': 'therapeutic-support',
  'a worker for respite': 'respite-worker',
  'taxis to school': 'school-transport',
  'other (please specify)': 'other',
};
const SUPPORT_BACK = reverse(SUPPORT);

/**
 * The standard takes one support option, or `NA` for none; NOF keeps a list of support needs,
 * each with optional details, where an empty list means none is needed.
 */
export const additionalSupport: Codec = {
  toNof: (v) => (v === 'NA' ? [] : [{ type: SUPPORT[v as string] }]),
  fromNof: (v) => {
    if (!Array.isArray(v)) return { problem: 'is not a list' };
    if (v.length === 0) return { value: 'NA' };
    const first = v[0] as { type?: unknown; details?: unknown } | null;
    const option = SUPPORT_BACK.get(String(first?.type));
    if (option === undefined) return { problem: `'${String(first?.type)}' has no option in the standard` };
    const dropped = [
      ...(v.length > 1 ? [`${v.length - 1} further support need(s)`] : []),
      ...(first?.details !== undefined ? ['the details'] : []),
    ];
    return dropped.length
      ? {
          problem: `the standard takes one support option without details: only '${option}' is written, not ${dropped.join(' or ')}`,
          value: option,
        }
      : { value: option };
  },
};

/** The standard's total weekly cost is a whole number of pounds; NOF keeps pence. */
export const wholePounds: Codec = {
  toNof: (v) => v,
  fromNof: (v) =>
    typeof v === 'number' && !Number.isInteger(v)
      ? {
          problem: `£${v} is not a whole number of pounds, which the standard's Integer needs; written rounded to £${Math.round(v)}`,
          value: Math.round(v),
        }
      : { value: v },
};
