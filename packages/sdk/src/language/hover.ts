import type { Position, Range } from '../diagnostics/diagnostic.js';
import { judgingDate } from '../codelists/judging-date.js';
import { parentPointer, parsePointer, valueAt } from '../parse/json-pointer.js';
import { itemNoun } from '../workspace/references.js';
import type { Workspace } from '../workspace/workspace.js';
import { factsAt, type SchemaFacts } from './facts.js';
import { nodeAt } from './node-at.js';
import { documentAt, shortFileName } from './workspace-view.js';
import { isRecord } from '../model/is-record.js';

/** Hover text (Markdown) and the range it is about. */
export interface HoverInfo {
  markdown: string;
  range: Range;
}

function schemaText(facts: SchemaFacts): string {
  const parts = [
    facts.at.title ? `**${facts.at.title}**` : undefined,
    facts.deprecated ? '_Deprecated._' : undefined,
    facts.at.description,
  ];
  return parts.filter(Boolean).join('\n\n');
}

/** What a code means on the date the document is judged by: its label, validity and successors. */
function codeText(workspace: Workspace, list: string, code: string, root: unknown, pointer: string): string | undefined {
  const codelists = workspace.codelists;
  const entry = codelists.entry(list, code);
  if (!entry) return undefined;
  const on = judgingDate(root, pointer, workspace.asOf);
  const status = codelists.status(list, code, on.date);
  const validity =
    `Valid ${entry.validFrom ? `from ${entry.validFrom}` : ''}${entry.validTo ? ` to ${entry.validTo}` : entry.validFrom ? '' : 'throughout'}.`.replace(
      'Valid  to',
      'Valid until',
    );
  const lines = [`**${entry.label}** (\`${entry.code}\`, ${codelists.list(list)?.title ?? list})`, validity];
  if (status.state === 'retired') {
    const successors = status.successors.map((s) => `${s.label} (\`${s.code}\`)`).join(', ');
    lines.push(`Not valid on ${on.date} (${on.basis})${successors ? `: replaced by ${successors}` : ''}.`);
  } else if (status.state === 'not-yet-valid') lines.push(`Not yet valid on ${on.date} (${on.basis}).`);
  if (entry.notes) lines.push(entry.notes);
  return lines.join('\n\n');
}

/** A summary of the document or item a reference leads to: its name, kind and file. */
function referenceText(workspace: Workspace, uri: string, position: Position): string | undefined {
  const target = workspace.definition(uri, position);
  const document = target && documentAt(workspace, target.uri, target.range.start);
  const hit = document && nodeAt(document, target.range.start);
  if (!target || !document || !hit) return undefined;
  const name = valueAt(document.value, '/metadata/name');
  const summary = `${document.kind} \`${document.id}\`${typeof name === 'string' ? ` (${name})` : ''} in \`${shortFileName(target.uri)}\``;
  if (hit.pointer === '/metadata/id') return `**${typeof name === 'string' ? name : document.id}**\n\n${summary}`;
  const id = String(valueAt(document.value, hit.pointer));
  const item = valueAt(document.value, parentPointer(hit.pointer));
  const itemName = isRecord(item) && typeof item.name === 'string' ? item.name : id;
  const collection =
    parsePointer(hit.pointer)
      .filter((s) => !/^[0-9]+$/.test(s))
      .at(-2) ?? 'items';
  return `**${itemName}**\n\n${itemNoun(collection)} \`${id}\` of ${summary}`;
}

/**
 * What to show for the position: a property's title and description; for a code, its label,
 * validity and successor; for a reference, the document or item it names.
 */
export function hoverAt(workspace: Workspace, uri: string, position: Position): HoverInfo | undefined {
  const document = documentAt(workspace, uri, position);
  const hit = document && nodeAt(document, position);
  if (!document || !hit) return undefined;
  const facts = factsAt(document, parsePointer(hit.pointer), workspace.registry);
  if (hit.part === 'key') return facts ? { markdown: schemaText(facts), range: hit.range } : undefined;
  const value = valueAt(document.value, hit.pointer);
  const sections: Array<string | undefined> = [];
  if (facts?.refKind || facts?.refScope)
    sections.push(referenceText(workspace, uri, position) ?? `No ${facts.refKind ?? 'item'} \`${String(value)}\` in the workspace.`);
  if (facts?.codelist && typeof value === 'string') sections.push(codeText(workspace, facts.codelist, value, document.value, hit.pointer));
  if (facts) sections.push(schemaText(facts));
  const markdown = sections.filter((s): s is string => Boolean(s)).join('\n\n---\n\n');
  return markdown ? { markdown, range: hit.range } : undefined;
}
