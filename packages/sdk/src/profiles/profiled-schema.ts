import type { JsonSchema } from '@nof/schemas';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { closest } from '../schema/closest.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { PROFILE_SUFFIX } from '../host/selection.js';
import type { ProfileCatalog } from './profiles.js';
import { isRecord } from '../model/is-record.js';

/**
 * The schema a document is checked against: its kind's national schema merged with the
 * patches of the profiles it names in `metadata.profiles`, or the one diagnostic saying why a
 * named profile cannot be used (unknown, or rejected for loosening the national schema).
 */
export function profiledSchema(
  doc: ParsedDocument,
  registry: SchemaRegistry,
  apiVersion: string,
  kind: string,
  schema: JsonSchema,
  catalog: ProfileCatalog,
): { schema: JsonSchema } | { problem: Diagnostic } {
  const metadata = isRecord(doc.value) ? doc.value.metadata : undefined;
  const named = isRecord(metadata) && Array.isArray(metadata.profiles) ? metadata.profiles : [];
  const ids = named.filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) return { schema };
  const patches: unknown[] = [];
  const keys: string[] = [];
  for (const [i, id] of named.entries()) {
    if (typeof id !== 'string') continue;
    const path = `/metadata/profiles/${i}`;
    const range = doc.rangeOf(path);
    const profile = catalog.profiles.get(id);
    if (!profile) {
      const suggestion = closest(id, [...catalog.profiles.keys()]);
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
      const message = `No profile \`${id}\`: profiles are ${PROFILE_SUFFIX} files in ${catalog.folder}.${hint}`;
      return { problem: { severity: 'error', code: 'profile/unknown', path, range, message } };
    }
    const first = profile.diagnostics.find((d) => d.severity === 'error');
    if (first) {
      const message = `Profile \`${id}\` is rejected, so this document was not checked: ${first.message}`;
      return {
        problem: {
          severity: 'error',
          code: 'profile/rejected',
          path,
          range,
          message,
          related: [{ uri: profile.file, range: first.range, message: first.message }],
        },
      };
    }
    const patch = profile.patches[apiVersion]?.[kind];
    if (patch) {
      patches.push(patch);
      keys.push(`${profile.file}\u0000${JSON.stringify(patch)}`);
    }
  }
  return patches.length ? { schema: registry.withPatches(schema, keys.join('\u0001'), patches) } : { schema };
}
