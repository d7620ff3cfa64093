import { KIND_VERSIONS, type ApiVersion, type DocumentTypes, type Kind } from '@nof/schemas';
import type { RuleDocument } from '../rules/rule.js';
import { SchemaRegistry } from '../schema/registry.js';

/** The apiVersions kind `K` has a schema in. */
export type VersionOf<K extends Kind> = keyof DocumentTypes[K] & ApiVersion;

/** The value of a schema-valid document of kind `K` in apiVersion `V` (by default, in any of its versions). */
export type DocumentValue<K extends Kind = Kind, V extends ApiVersion = ApiVersion> = {
  [k in K]: DocumentTypes[k][V & VersionOf<k>];
}[K];

/** The `spec` of a schema-valid document of kind `K` in apiVersion `V` (by default, in any of its versions). */
export type SpecOf<K extends Kind, V extends ApiVersion = ApiVersion> =
  DocumentValue<K, V> extends infer D ? (D extends { spec: infer S } ? S : never) : never;

/**
 * A schema-valid document of kind `K` in apiVersion `V`, its value typed: a union discriminated by
 * `kind` and `apiVersion`, so checking `doc.apiVersion === 'nof/v2'` narrows `doc.value` to the v2
 * type, and a field one version lacks cannot be read without that check.
 */
export type TypedDocument<K extends Kind = Kind, V extends ApiVersion = ApiVersion> = {
  [k in K]: {
    [v in V & VersionOf<k>]: RuleDocument & { kind: k; apiVersion: v; id: string; value: DocumentTypes[k][v] };
  }[V & VersionOf<k>];
}[K];

/** Any schema-valid NOF document, typed by its kind and apiVersion. */
export type NofDocument = TypedDocument;

/** True when NOF has a schema for this kind in this apiVersion. */
export function isKnownVersion(kind: string | undefined, apiVersion: string | undefined): boolean {
  const versions: readonly string[] | undefined = kind === undefined ? undefined : KIND_VERSIONS[kind as Kind];
  return apiVersion !== undefined && (versions?.includes(apiVersion) ?? false);
}

/**
 * The document typed by its kind and apiVersion, after checking them (and `kind`/`apiVersion` when
 * given) and checking its value against the national schema of that version, which the types are
 * generated from: undefined for a document of another kind or version, or one with schema errors.
 *
 * ```ts
 * const agreement = typed(doc, 'PlacementAgreement');
 * if (agreement?.apiVersion === 'nof/v2') agreement.value.spec.fees.coreWeeklyFee;
 * ```
 */
export function typed<K extends Kind = Kind, V extends ApiVersion = ApiVersion>(
  document: RuleDocument,
  kind?: K,
  apiVersion?: V,
): TypedDocument<K, V> | undefined;
export function typed(document: RuleDocument, kind?: Kind, apiVersion?: ApiVersion): NofDocument | undefined {
  if ((kind !== undefined && document.kind !== kind) || (apiVersion !== undefined && document.apiVersion !== apiVersion)) return undefined;
  if (!isKnownVersion(document.kind, document.apiVersion)) return undefined;
  const registry = SchemaRegistry.shipped();
  const schema = registry.getSchemaFor(document.apiVersion!, document.kind!);
  if (!schema || !registry.validatorFor(schema)(document.value)) return undefined;
  // Checked above: the kind and apiVersion are those of the type, and the value is valid against the schema the type is generated from.
  return document as NofDocument;
}
