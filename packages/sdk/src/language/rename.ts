import type { Position, Range, TextEdit } from '../diagnostics/diagnostic.js';
import { valueAt } from '../parse/json-pointer.js';
import { yamlScalar } from '../schema/fixes.js';
import type { Workspace } from '../workspace/workspace.js';
import { nodeAt } from './node-at.js';
import { documentAt } from './workspace-view.js';

/** What a rename at a position would change: the id written there. */
export interface RenameTarget {
  range: Range;
  placeholder: string;
  /** True for a numbered key (a need level), which must stay a whole number. */
  numeric: boolean;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The id under the cursor when it can be renamed: a document id or an item id, declared or referred to. */
export function renameTarget(workspace: Workspace, uri: string, position: Position): RenameTarget | undefined {
  const document = documentAt(workspace, uri, position);
  const hit = document && nodeAt(document, position);
  if (!document || !hit || hit.part !== 'value' || !workspace.definition(uri, position)) return undefined;
  const value = valueAt(document.value, hit.pointer);
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return { range: hit.range, placeholder: String(value), numeric: typeof value === 'number' };
}

/**
 * The edits that rename the id under the cursor everywhere: its declaration and every reference
 * to it across the workspace. An error message instead when there is nothing to rename or the
 * new id is not one (ids are kebab-case; numbered keys such as need levels stay whole numbers).
 */
export function renameEdits(
  workspace: Workspace,
  uri: string,
  position: Position,
  newName: string,
): { edits: Record<string, TextEdit[]> } | { error: string } {
  const target = renameTarget(workspace, uri, position);
  if (!target) return { error: 'Only ids can be renamed here: a document id, or the id of a lot, tier, outcome or other item.' };
  const numeric = target.numeric;
  if (numeric ? !/^[0-9]+$/.test(newName) : !ID.test(newName)) {
    return {
      error: numeric
        ? `"${newName}" is not a whole number.`
        : `"${newName}" is not an id: use lower-case letters, digits and single hyphens, e.g. lot-1-standard.`,
    };
  }
  const newText = numeric ? newName : yamlScalar(newName);
  const edits: Record<string, TextEdit[]> = {};
  const seen = new Set<string>();
  for (const location of workspace.references(uri, position, true)) {
    const key = `${location.uri} ${JSON.stringify(location.range)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edits[location.uri] ??= [];
    edits[location.uri]!.push({ range: location.range, newText });
  }
  return { edits };
}
