import { stringify } from 'yaml';
import type { Kind } from '@nof/schemas';
import { scaffold } from '../scaffold/scaffold.js';

/** A NOF document made by an import, before it is written out. */
export interface ImportedDocument {
  kind: Kind;
  /** Its `metadata.id`, also the name of the file it is written to (`<id>.yaml`). */
  id: string;
  value: Record<string, unknown>;
}

/**
 * The editor modeline for a kind, with the schema path relative to `file` when given. Taken from
 * the scaffold so that `nof new` and imports always write the same one.
 */
export function modeline(kind: Kind, file?: string): string {
  return scaffold(kind, 'x', file === undefined ? {} : { file }).split('\n', 1)[0]!;
}

/**
 * One document as YAML text, starting with its modeline. Written the YAML 1.1 way, which quotes
 * `yes`, `no` and dates, so that readers of either YAML version see the same strings.
 */
export function documentYaml(document: ImportedDocument, file?: string): string {
  return `${modeline(document.kind, file)}\n${stringify(document.value, { version: '1.1', lineWidth: 0 })}`;
}

/**
 * Several documents as one YAML stream, `---` between them. Each keeps its own modeline as a
 * comment for the reader; NOF tools choose each document's schema by its kind.
 */
export function documentsYaml(documents: readonly ImportedDocument[], file?: string): string {
  return documents.map((d) => documentYaml(d, file)).join('---\n');
}
