#!/usr/bin/env node
/*
 * How much of what each consortium document says sits in free-text notes rather than in fields.
 * Usage: node packages/sdk/scripts/notes-share.mjs [folder...] (default examples/consortia); `pnpm notes-share`.
 * Every scalar in `spec` counts by the length of its text (a number or true/false too); a value
 * under a `notes` key counts as notes. The goal (issue 16) is that fields hold at least 85%.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** Characters of text in fields and in notes, walking every value below `value`. */
export function textShare(value, inNotes = false, totals = { fields: 0, notes: 0 }) {
  if (Array.isArray(value)) for (const item of value) textShare(item, inNotes, totals);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) textShare(item, inNotes || key === 'notes', totals);
  else if (value !== null && value !== undefined) totals[inNotes ? 'notes' : 'fields'] += String(value).length;
  return totals;
}

/** The share of one consortium document's spec held in fields, as a fraction. */
export function fieldsShare(document) {
  const { fields, notes } = textShare(document?.spec ?? {});
  return fields + notes === 0 ? 1 : fields / (fields + notes);
}

function files(path) {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => files(join(path, name)))
    : /\.ya?ml$/.test(path)
      ? [path]
      : [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['examples/consortia'];
  let fields = 0;
  let notes = 0;
  const rows = [];
  for (const file of roots.flatMap(files)) {
    const document = parse(readFileSync(file, 'utf8'));
    if (document?.kind !== 'Consortium') continue;
    const t = textShare(document.spec ?? {});
    fields += t.fields;
    notes += t.notes;
    rows.push([document.metadata?.id ?? relative('.', file), t.fields, t.notes]);
  }
  const pct = (n, d) => `${((100 * n) / (d || 1)).toFixed(1)}%`;
  const width = Math.max(...rows.map((r) => r[0].length), 10);
  console.log(`${'consortium'.padEnd(width)}  fields  notes  in notes  in fields`);
  for (const [id, f, n] of rows)
    console.log(
      `${id.padEnd(width)}  ${String(f).padStart(6)}  ${String(n).padStart(5)}  ${pct(n, f + n).padStart(8)}  ${pct(f, f + n).padStart(9)}`,
    );
  console.log(
    `${'all'.padEnd(width)}  ${String(fields).padStart(6)}  ${String(notes).padStart(5)}  ${pct(notes, fields + notes).padStart(8)}  ${pct(fields, fields + notes).padStart(9)}`,
  );
}
