import type { JsonSchema } from '@nof/schemas';
import { isMap, isScalar, type Node } from 'yaml';
import { judgingDate } from '../codelists/judging-date.js';
import type { Position, Range } from '../diagnostics/diagnostic.js';
import { formatPointer, parentPointer, parsePointer, valueAt } from '../parse/json-pointer.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { yamlScalar } from '../schema/fixes.js';
import { referencesIn, resolve } from '../workspace/references.js';
import type { Workspace } from '../workspace/workspace.js';
import { cursorContext, type CursorContext } from './cursor.js';
import { factsAt, isDeprecated, propertiesAt, requiredAt, type SchemaFacts } from './facts.js';
import { documentAt, lookupOf, shortFileName } from './workspace-view.js';
import { isRecord } from '../model/is-record.js';

/** What a completion offers: a property name, a fixed value, a code from a codelist, or an id. */
export type CompletionKind = 'property' | 'value' | 'code' | 'reference';

/** One completion, editor-agnostic (the language server maps it to an LSP CompletionItem). */
export interface CompletionCandidate {
  label: string;
  kind: CompletionKind;
  /** Short text shown beside the label (a code, a document's kind). */
  description?: string;
  /** One line about it (a property's title). */
  detail?: string;
  /** Markdown shown beside the list. */
  documentation?: string;
  /** Plain text inserted over `range`. */
  insertText: string;
  /** The same as a snippet (`$1`, `${1|a,b|}` placeholders), when placeholders help. */
  snippet?: string;
  /** What typing is matched against, when not the label. */
  filterText?: string;
  deprecated?: boolean;
  range: Range;
}

/** Escapes text for a snippet (`$`, `}` and `\` are syntax there). */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function choice(n: number, values: unknown[]): string {
  return values.length ? `\${${n}|${values.map((v) => yamlScalar(v).replace(/[,|\\$}]/g, '\\$&')).join(',')}|}` : `$${n}`;
}

function isArraySchema(schemas: JsonSchema[]): boolean {
  return schemas.some((s) => s.type === 'array' || s.items !== undefined);
}

function isObjectSchema(schemas: JsonSchema[]): boolean {
  return schemas.some((s) => s.type === 'object' || isRecord(s.properties));
}

/** `name:` and what goes under it: required children as placeholders, allowed values as a choice. */
function propertySnippet(
  name: string,
  facts: SchemaFacts,
  item: SchemaFacts | undefined,
  context: CursorContext,
): { insertText: string; snippet: string } {
  const key = snippetText(name);
  if (context.flow) return { insertText: `${name}: `, snippet: `${key}: ${choice(1, facts.values)}` };
  const indent = ' '.repeat(context.column + 2);
  if (isArraySchema(facts.at.schemas)) {
    const required = item ? requiredAt(item.at.schemas) : [];
    if (required.length) {
      const lines = required.map((r, i) => `${i === 0 ? `${indent}- ` : `${indent}  `}${snippetText(r)}: $${i + 1}`);
      return { insertText: `${name}:\n${indent}- `, snippet: `${key}:\n${lines.join('\n')}` };
    }
    if (item && !isObjectSchema(item.at.schemas)) return { insertText: `${name}: [`, snippet: `${key}: [${choice(1, item.values)}]` };
    return { insertText: `${name}:\n${indent}- `, snippet: `${key}:\n${indent}- $1` };
  }
  if (isObjectSchema(facts.at.schemas)) {
    const required = requiredAt(facts.at.schemas);
    const lines = required.length ? required.map((r, i) => `${indent}${snippetText(r)}: $${i + 1}`) : [`${indent}$1`];
    return { insertText: `${name}:\n${indent}`, snippet: `${key}:\n${lines.join('\n')}` };
  }
  return { insertText: `${name}: `, snippet: `${key}: ${choice(1, facts.values)}` };
}

/**
 * The names already written in the mapping, as the last parse saw it, leaving out any on the
 * cursor's line: that one is being rewritten.
 */
function writtenKeys(document: ParsedDocument, context: CursorContext): Set<string> {
  const { node, found } = document.nodeAt(formatPointer(context.path));
  const out = new Set<string>();
  if (!found || !isMap(node)) return out;
  for (const pair of node.items) {
    const key = pair.key as Node | null;
    if (!isScalar(key) || !key.range) continue;
    if (document.positions.positionAt(key.range[0]).line !== context.range.start.line) out.add(String(key.value));
  }
  return out;
}

function propertyCandidates(
  document: ParsedDocument,
  context: CursorContext,
  facts: SchemaFacts,
  workspace: Workspace,
): CompletionCandidate[] {
  const written = writtenKeys(document, context);
  const out: CompletionCandidate[] = [];
  for (const name of propertiesAt(facts).keys()) {
    if (written.has(name)) continue;
    const sub = factsAt(document, [...context.path, name], workspace.registry);
    if (!sub) continue;
    const item = isArraySchema(sub.at.schemas) ? factsAt(document, [...context.path, name, '0'], workspace.registry) : undefined;
    const { insertText, snippet } = propertySnippet(name, sub, item, context);
    out.push({
      label: name,
      kind: 'property',
      ...(sub.at.title ? { detail: sub.at.title } : {}),
      ...(sub.at.description ? { documentation: sub.at.description } : {}),
      insertText,
      snippet,
      deprecated: isDeprecated(sub.at.schemas),
      range: context.range,
    });
  }
  return out;
}

/** A copy of `root` with `value` at `pointer` (containers created as needed), the rest shared. */
function withValueAt(root: unknown, segments: string[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(root) && /^[0-9]+$/.test(head)) {
    const copy = [...root];
    copy[Number(head)] = withValueAt(root[Number(head)], rest, value);
    return copy;
  }
  const object = isRecord(root) ? root : {};
  return { ...object, [head]: withValueAt(object[head], rest, value) };
}

/** Ids of the items a scoped reference may name (lots of the named arrangement...), with their names. */
function scopedCandidates(
  document: ParsedDocument,
  pointer: string,
  workspace: Workspace,
): Array<{ value: string | number; name?: string; where: string }> {
  // Ask the reference machinery with a value no id has: what it could have meant is every id in scope.
  const probe = '\u0000';
  const patched = {
    uri: document.uri,
    apiVersion: document.apiVersion,
    kind: document.kind,
    id: document.id,
    value: withValueAt(document.value, parsePointer(pointer), probe),
    rangeOf: document.rangeOf.bind(document),
  };
  const reference = referencesIn(patched, workspace.annotations).find((r) => r.pointer === pointer);
  if (!reference) return [];
  const lookup = lookupOf(workspace);
  const resolution = resolve(reference, lookup);
  if (resolution.status !== 'unresolved') return [];
  return resolution.candidates.map((value) => {
    const found = resolve({ ...reference, value }, lookup);
    const item = found.status === 'resolved' ? valueAt(found.document.value, parentPointer(found.pointer)) : undefined;
    const name =
      isRecord(item) && typeof item.name === 'string'
        ? item.name
        : isRecord(item) && typeof item.label === 'string'
          ? item.label
          : undefined;
    return { value, ...(name ? { name } : {}), where: resolution.container };
  });
}

function valueCandidates(
  document: ParsedDocument,
  context: CursorContext,
  facts: SchemaFacts,
  workspace: Workspace,
): CompletionCandidate[] {
  const pointer = formatPointer(context.path);
  const range = context.range;
  const out: CompletionCandidate[] = [];
  const offered = new Set<string>();
  if (facts.codelist) {
    const list = workspace.codelists.list(facts.codelist);
    const on = judgingDate(document.value, pointer, workspace.asOf);
    for (const entry of list?.entries ?? []) {
      if (workspace.codelists.status(facts.codelist, entry.code, on.date).state !== 'valid') continue;
      offered.add(entry.code);
      const validity = entry.validTo
        ? `valid ${entry.validFrom ?? 'until'} to ${entry.validTo}`
        : entry.validFrom
          ? `valid from ${entry.validFrom}`
          : 'valid';
      out.push({
        label: entry.label,
        kind: 'code',
        description: entry.code,
        detail: `${list?.title ?? facts.codelist}: ${entry.code}`,
        documentation: `**${entry.label}** (\`${entry.code}\`), ${validity}.${entry.notes ? `\n\n${entry.notes}` : ''}`,
        insertText: entry.code,
        filterText: `${entry.code} ${entry.label}`,
        range,
      });
    }
  }
  if (facts.refKind) {
    for (const target of lookupOf(workspace).all(facts.refKind)) {
      if (target.id === undefined || offered.has(target.id)) continue;
      offered.add(target.id);
      const name = valueAt(target.value, '/metadata/name');
      out.push({
        label: target.id,
        kind: 'reference',
        description: facts.refKind,
        ...(typeof name === 'string' ? { detail: name } : {}),
        documentation: `${facts.refKind} in \`${shortFileName(target.uri)}\``,
        insertText: yamlScalar(target.id),
        range,
      });
    }
  }
  if (facts.refScope) {
    for (const candidate of scopedCandidates(document, pointer, workspace)) {
      const label = String(candidate.value);
      if (offered.has(label)) continue;
      offered.add(label);
      out.push({
        label,
        kind: 'reference',
        ...(candidate.name ? { detail: candidate.name } : {}),
        documentation: `In ${candidate.where}.`,
        insertText: typeof candidate.value === 'number' ? label : yamlScalar(candidate.value),
        range,
      });
    }
  }
  for (const value of facts.values) {
    const label = typeof value === 'string' ? value : JSON.stringify(value);
    if (offered.has(label)) continue;
    offered.add(label);
    out.push({
      label,
      kind: 'value',
      ...(facts.at.title ? { detail: facts.at.title } : {}),
      ...(facts.at.description ? { documentation: facts.at.description } : {}),
      insertText: yamlScalar(value),
      range,
    });
  }
  return out;
}

/** The envelope before a kind is known: every document starts with the same four properties. */
function envelopeCandidates(document: ParsedDocument | undefined, context: CursorContext, workspace: Workspace): CompletionCandidate[] {
  const registry = workspace.registry;
  const [field] = context.path;
  if (context.path.length === 1 && (field === 'apiVersion' || field === 'kind')) {
    const apiVersion = document?.apiVersion ?? registry.apiVersions()[0] ?? '';
    const values = field === 'apiVersion' ? registry.apiVersions() : registry.kinds(apiVersion);
    return values.map((v) => ({ label: v, kind: 'value', insertText: v, range: context.range }));
  }
  if (context.role !== 'key' || context.path.length > 0) return [];
  const present = isRecord(document?.value) ? Object.keys(document.value) : [];
  return ['apiVersion', 'kind', 'metadata', 'spec']
    .filter((k) => !present.includes(k) || k === context.prefix)
    .map((k) => ({
      label: k,
      kind: 'property',
      insertText: k === 'metadata' || k === 'spec' ? `${k}:\n  ` : `${k}: `,
      range: context.range,
    }));
}

/**
 * What may be written at a position of a file's current `text`: property names from the schema
 * (with required children as a snippet), allowed values, codes valid at the document's dates,
 * and ids of the documents or items a reference may name. The workspace's last parse of the file
 * supplies the document's kind and values; the text supplies where the cursor is, so this works
 * on half-typed lines and needs no new parse.
 */
export function completionsAt(workspace: Workspace, uri: string, text: string, position: Position): CompletionCandidate[] {
  const context = cursorContext(text, position);
  if (!context) return [];
  const document = documentAt(workspace, uri, position);
  const envelope = context.path.length <= 1 && (context.path.length === 0 || ['apiVersion', 'kind'].includes(context.path[0]!));
  const facts = document && factsAt(document, context.path, workspace.registry);
  if (!document || !facts) return envelope ? envelopeCandidates(document, context, workspace) : [];
  if (context.role === 'key' && (!context.listItem || propertiesAt(facts).size > 0))
    return propertyCandidates(document, context, facts, workspace);
  return valueCandidates(document, { ...context, role: 'value' }, facts, workspace);
}
