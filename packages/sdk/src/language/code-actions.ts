import type { Diagnostic, Range, TextEdit } from '../diagnostics/diagnostic.js';
import { parentPointer } from '../parse/json-pointer.js';
import type { Workspace } from '../workspace/workspace.js';

/** A change an editor may offer as a quick fix for the diagnostics it lists. */
export interface QuickFix {
  title: string;
  diagnostics: Diagnostic[];
  /** Edits to the file the diagnostics are in. */
  edits: TextEdit[];
  preferred: boolean;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

const REQUIRED = 'schema/required';

/**
 * The quick fixes for the diagnostics touching a range: each diagnostic's own fixes (a did-you-mean,
 * a retired authority's successor...), and for a mapping that lacks several required properties,
 * one fix adding them all.
 */
export function quickFixes(workspace: Workspace, uri: string, range: Range): QuickFix[] {
  const all = workspace.diagnostics(uri).diagnostics;
  const out: QuickFix[] = [];
  for (const diagnostic of all.filter((d) => overlaps(d.range, range))) {
    for (const fix of diagnostic.fixes ?? [])
      out.push({ title: fix.title, diagnostics: [diagnostic], edits: fix.edits, preferred: fix.preferred === true });
  }
  const missing = new Map<string, Diagnostic[]>();
  for (const d of all) {
    if (d.code !== REQUIRED || !d.fixes?.length) continue;
    const parent = parentPointer(d.path);
    missing.set(parent, [...(missing.get(parent) ?? []), d]);
  }
  for (const group of missing.values()) {
    if (group.length < 2 || !group.some((d) => overlaps(d.range, range))) continue;
    const names = group.map((d) => d.path.split('/').pop() ?? '');
    out.push({
      title: `Add missing required properties (${names.map((n) => `\`${n}\``).join(', ')})`,
      diagnostics: group,
      edits: group.flatMap((d) => d.fixes?.[0]?.edits ?? []),
      preferred: false,
    });
  }
  return out;
}
