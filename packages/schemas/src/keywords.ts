/*
 * NOF's annotation vocabulary: the `x-` keywords the schemas use beyond JSON Schema 2020-12
 * (schemas/README.md). Each keyword is named here once, with what it means and the shape of its
 * value; every NOF tool reads them through `readAnnotations`, and ajv learns them from
 * `nofKeywords` (strict mode refuses unknown keywords). Generic JSON Schema tools ignore them.
 */
import { KINDS, type JsonSchema, type Kind } from './schema-file.js';

/**
 * One NOF annotation keyword, as ajv's `addKeyword`/`addVocabulary` takes it (no dependency on
 * ajv: the fields are those of its `KeywordDefinition`), with its documentation.
 */
export interface NofKeyword {
  /** The keyword as written in a schema, e.g. `x-codelist`. */
  readonly keyword: string;
  /** What a value of the keyword means. */
  readonly description: string;
  /** The shape its value must have: ajv checks every schema that uses the keyword against it. */
  readonly metaSchema: JsonSchema;
}

const KIND_NAME = { enum: [...KINDS] };

/** Each NOF keyword by the name tools use for it, with its documentation. */
export const NOF_KEYWORDS = {
  codelist: {
    keyword: 'x-codelist',
    metaSchema: { type: 'string', minLength: 1 },
    description:
      'The value is a code from the codelist of this name (`codelists/<name>.json`). Closed lists also carry the `enum`, so that generic tools check them.',
  },
  refKind: {
    keyword: 'x-ref-kind',
    metaSchema: KIND_NAME,
    description: 'The value is the `metadata.id` of a document of this kind.',
  },
  refScope: {
    keyword: 'x-ref-scope',
    metaSchema: {
      type: 'object',
      required: ['kind', 'via', 'collection'],
      additionalProperties: false,
      properties: {
        kind: KIND_NAME,
        via: { type: 'string' },
        collection: { type: 'string' },
        parents: { type: 'array', items: { type: 'string' } },
        key: { type: 'string' },
      },
    },
    description:
      'The value is the id of an item inside another document: `{kind, via, collection, parents?, key?}`. `via` is a relative JSON pointer, counted up from the id itself, to the field naming the target document (`1/consortium`); `collection` is the list path inside its `spec` (`arrangements/lots`); `parents` point the same way at the ids of the enclosing items (`["1/arrangement"]`); `key` names the matched property when it is not `id`.',
  },
  personalData: {
    keyword: 'x-personal-data',
    metaSchema: { const: true },
    description:
      "`true`: the field may hold a child's personal data. Redaction removes it, and it is flagged when a document is shared outside its authority.",
  },
  deprecatedBy: {
    keyword: 'x-deprecated-by',
    metaSchema: { type: 'string', minLength: 1 },
    description:
      'The property that replaces this deprecated one (beside `deprecated: true`); it will be removed in the next major version.',
  },
} as const satisfies Record<string, NofKeyword>;

/**
 * NOF's annotation keywords, for ajv: `ajv.addVocabulary(nofKeywords)` lets a strict ajv compile
 * the NOF schemas and checks that each annotation has the right shape.
 */
export const nofKeywords: readonly NofKeyword[] = Object.values(NOF_KEYWORDS);

/** The keywords' names (`x-codelist`...). */
export const NOF_KEYWORD_NAMES: readonly string[] = nofKeywords.map((k) => k.keyword);

/** Where an id inside another document lives (`x-ref-scope`). */
export interface RefScope {
  kind: Kind;
  via: string;
  collection: string;
  parents?: string[];
  key?: string;
}

/** The NOF annotations of one schema object, read and checked for shape. */
export interface SchemaAnnotations {
  codelist?: string;
  refKind?: Kind;
  refScope?: RefScope;
  personalData?: true;
  /** `deprecated: true` (2020-12) or `x-deprecated-by`, with the replacement property when named. */
  deprecated?: { by?: string };
}

function isRefScope(value: unknown): value is RefScope {
  if (typeof value !== 'object' || value === null) return false;
  const scope = value as Record<string, unknown>;
  const parents = scope.parents;
  return (
    typeof scope.kind === 'string' &&
    typeof scope.via === 'string' &&
    typeof scope.collection === 'string' &&
    (parents === undefined || (Array.isArray(parents) && parents.every((p) => typeof p === 'string'))) &&
    (scope.key === undefined || typeof scope.key === 'string')
  );
}

/** The NOF annotations a schema object carries (a value of the wrong shape counts as absent). */
export function readAnnotations(schema: JsonSchema): SchemaAnnotations {
  const out: SchemaAnnotations = {};
  const codelist = schema[NOF_KEYWORDS.codelist.keyword];
  if (typeof codelist === 'string') out.codelist = codelist;
  const refKind = schema[NOF_KEYWORDS.refKind.keyword];
  if (typeof refKind === 'string') out.refKind = refKind as Kind;
  const refScope = schema[NOF_KEYWORDS.refScope.keyword];
  if (isRefScope(refScope)) out.refScope = refScope;
  if (schema[NOF_KEYWORDS.personalData.keyword] === true) out.personalData = true;
  const by = schema[NOF_KEYWORDS.deprecatedBy.keyword];
  if (schema.deprecated === true || typeof by === 'string') out.deprecated = typeof by === 'string' ? { by } : {};
  return out;
}
