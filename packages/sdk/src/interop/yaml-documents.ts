import { stringify } from 'yaml';
import type { Kind } from '@nof/schemas';

/** A NOF document made by an import, before it is written out. */
export interface ImportedDocument {
  kind: Kind;
  /** Its `metadata.id`, also the name of the file it is written to (`<id>.yaml`). */
  id: string;
  value: Record<string, unknown>;
}

/** How imported documents are written. */
export interface YamlWriteOptions {
  /**
   * The first line of each document: an editor modeline naming its schema. Where the schema lies
   * depends on where the file goes, which only the host knows: on Node, `modeline` of `@nof/sdk/node`.
   */
  modeline?: (kind: Kind) => string;
}

/**
 * One document as YAML text, after its modeline if asked. Written the YAML 1.1 way, which quotes
 * `yes`, `no` and dates, so that readers of either YAML version see the same strings.
 */
export function documentYaml(document: ImportedDocument, options: YamlWriteOptions = {}): string {
  const modeline = options.modeline ? `${options.modeline(document.kind)}\n` : '';
  return modeline + stringify(document.value, { version: '1.1', lineWidth: 0 });
}

/**
 * Several documents as one YAML stream, `---` between them. Each keeps its own modeline as a
 * comment for the reader; NOF tools choose each document's schema by its kind.
 */
export function documentsYaml(documents: readonly ImportedDocument[], options: YamlWriteOptions = {}): string {
  return documents.map((d) => documentYaml(d, options)).join('---\n');
}
