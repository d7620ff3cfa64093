import type { JsonSchema } from '@nof/schemas';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EnvelopeDocument } from '../schema/envelope.js';
import { closest } from '../schema/closest.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { PROFILE_SUFFIX } from '../host/selection.js';
import type { ProfileCatalog } from './profiles.js';
import { isRecord } from '../model/is-record.js';

/**
 * The schema a document is checked against: its kind's national schema merged with the patches
 * of the profiles it names in `metadata.profiles`, and a diagnostic for each named profile that
 * cannot be used: one that does not exist (`profile/unknown`), or one refused for loosening the
 * national schema (`profile/rejected`). Such a profile is left out, never half-applied: the
 * document is still checked, against the national schema and the profiles that can be used, so
 * a wrong profile name does not hide the document's own errors.
 */
export function profiledSchema(
  doc: EnvelopeDocument,
  registry: SchemaRegistry,
  apiVersion: string,
  kind: string,
  schema: JsonSchema,
  catalog: ProfileCatalog,
): { schema: JsonSchema; problems: Diagnostic[] } {
  const metadata = isRecord(doc.value) ? doc.value.metadata : undefined;
  const named = isRecord(metadata) && Array.isArray(metadata.profiles) ? metadata.profiles : [];
  if (!named.some((id) => typeof id === 'string')) return { schema, problems: [] };
  const patches: unknown[] = [];
  const keys: string[] = [];
  const problems: Diagnostic[] = [];
  for (const [i, id] of named.entries()) {
    if (typeof id !== 'string') continue;
    const path = `/metadata/profiles/${i}`;
    const range = doc.rangeOf(path);
    const profile = catalog.profiles.get(id);
    if (!profile) {
      const suggestion = closest(id, [...catalog.profiles.keys()]);
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
      const message = `No profile \`${id}\`: profiles are ${PROFILE_SUFFIX} files in ${catalog.folder}. The document is checked without it.${hint}`;
      problems.push({ severity: 'error', code: 'profile/unknown', path, range, message });
      continue;
    }
    const first = profile.diagnostics.find((d) => d.severity === 'error');
    if (first) {
      const message = `Profile \`${id}\` is rejected, so the document is checked without it: ${first.message}`;
      problems.push({
        severity: 'error',
        code: 'profile/rejected',
        path,
        range,
        message,
        related: [{ uri: profile.file, range: first.range, message: first.message }],
      });
      continue;
    }
    const patch = profile.patches[apiVersion]?.[kind];
    if (patch) {
      patches.push(patch);
      keys.push(`${profile.file}\u0000${JSON.stringify(patch)}`);
    }
  }
  return { schema: patches.length ? registry.withPatches(schema, keys.join('\u0001'), patches) : schema, problems };
}
