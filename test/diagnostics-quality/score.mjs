/**
 * Scoring a checker on the planted-error corpus (corpus.mjs): a case is exact when the checker
 * gives exactly one diagnostic for the file, on the line of the planted mistake, with the code
 * expected (NOF's codes; a checker with codes of its own is judged on count and line only).
 */
import { join } from 'node:path';

/** @typedef {import('./corpus.mjs').Case} Case */
/** @typedef {{ line: number, code?: string, message: string }} Found one diagnostic, as a checker reports it */

/** @param {Case} c @param {Found[]} found */
export function isExact(c, found, withCode = true) {
  return found.length === 1 && found[0].line === c.line && (!withCode || found[0].code === c.code);
}

/**
 * The exact rate over the corpus, by operator and by kind, and the misses.
 * @param {Case[]} cases @param {Map<string, Found[]>} results diagnostics by case id
 */
export function score(cases, results, withCode = true) {
  const tally = (key) => {
    const out = {};
    for (const c of cases) {
      out[c[key]] ??= { exact: 0, total: 0 };
      const t = out[c[key]];
      t.total++;
      if (isExact(c, results.get(c.id) ?? [], withCode)) t.exact++;
    }
    return out;
  };
  const misses = cases.filter((c) => !isExact(c, results.get(c.id) ?? [], withCode));
  const exact = cases.length - misses.length;
  return { exact, total: cases.length, rate: exact / cases.length, byOperator: tally('operator'), byKind: tally('kind'), misses };
}

/**
 * NOF's diagnostics for every case, as the editor and `nof validate` show them: a workspace of
 * the examples (with their nof.config.yaml), each case put in place of its file in turn.
 * @param {Case[]} cases @param {import('@nof/sdk').Workspace} workspace the examples, loaded with `loadWorkspace` (`@nof/sdk/node`) @param {string} root the repository
 */
export function nofResults(cases, workspace, root) {
  /** @type {Map<string, Found[]>} */
  const results = new Map();
  for (const c of cases) {
    const uri = join(root, c.file);
    const original = workspace.file(uri).text;
    // Removed first, so the case is read whole, as a file opened fresh.
    workspace.remove(uri);
    workspace.set(uri, c.text);
    const found = workspace.diagnostics(uri).diagnostics.map((d) => ({ line: d.range.start.line, code: d.code, message: d.message }));
    results.set(c.id, found);
    workspace.remove(uri);
    workspace.set(uri, original);
  }
  return results;
}

/** `92.4% (457/497)` */
export const percent = (t) => `${((100 * t.exact) / t.total).toFixed(1)}% (${t.exact}/${t.total})`;
