/** Seeded randomness, and what people type into YAML files: shared by the fuzz test and reparse's differential test. */

/** A small deterministic random number generator (mulberry32): a seed replays a run. */
export function random(seed) {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** A whole number from 0 to n - 1. */
  next.int = (n) => Math.floor(next() * n);
  /** One item of a list. */
  next.pick = (list) => list[next.int(list.length)];
  return next;
}

/** What a person might type, including what breaks the structure, and what hostile or odd files hold. */
export const SNIPPETS = [
  'a',
  'Z',
  '9',
  ' ',
  '  ',
  '\n',
  ':',
  ': ',
  '- ',
  '-',
  '#',
  ' # note',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '|',
  '>',
  '\t',
  '---\n',
  '\n  ',
  '\n- ',
  '\nx: 1',
  '? ',
  '!',
  '\r\n',
  'é',
  '|+\n  x\n\n',
  '\n\n',
  '€',
  '...\n',
  '\n# note\n',
  '>-',
  '!!binary ',
  '!!merge <<',
  '\r',
  '\u2028',
  '\u00e9',
  '\u{1F600}',
  '\ud800',
  '\ufeff',
  '\0',
  '%YAML 1.1\n',
];
