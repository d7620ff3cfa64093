import { kindFromName } from '../../scaffold/kind-names.js';
import { finding, INTEROP_CODES } from '../diagnostics.js';
import { readJsonItems } from '../json-input.js';
import type { ImportResult } from '../placements-standard/import.js';
import type { ImportedDocument } from '../yaml-documents.js';

/**
 * Reads NOF documents written as plain JSON (one, or a list: what {@link exportJson} writes) back
 * as documents to write in YAML. The `$schema` the export adds is dropped: NOF files name their
 * schema in the editor modeline instead. An item without a NOF kind and id is a diagnostic.
 */
export function importJson(text: string, uri: string): ImportResult {
  const { source, items, diagnostics } = readJsonItems(text, uri);
  const documents: ImportedDocument[] = [];
  for (const { value, pointer } of items) {
    const { $schema: _schema, ...document } =
      value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    const kind = typeof document.kind === 'string' ? kindFromName(document.kind) : undefined;
    const id = (document.metadata as { id?: unknown } | undefined)?.id;
    if (!kind || typeof id !== 'string') {
      diagnostics.push(
        finding(source!, pointer, 'error', INTEROP_CODES.badInput, 'not a NOF document (it needs a kind and a metadata.id); not imported'),
      );
      continue;
    }
    documents.push({ kind, id, value: document });
  }
  return { documents, diagnostics };
}
