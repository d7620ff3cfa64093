import { KINDS, schemaFileName, type Kind } from '@nof/schemas';

/** `PlacementAgreement` → `placement-agreement`, the name people type. */
export function kindSlug(kind: Kind): string {
  return schemaFileName(kind).replace(/\.schema\.json$/, '');
}

/** Every kind's slug, in the order people meet the kinds. */
export function kindSlugs(): string[] {
  return KINDS.map(kindSlug);
}

/** The kind named by its slug (`placement-agreement`) or its own name (`PlacementAgreement`), any case. */
export function kindFromName(name: string): Kind | undefined {
  const key = name.toLowerCase();
  return KINDS.find((k) => k.toLowerCase() === key || kindSlug(k) === key);
}
