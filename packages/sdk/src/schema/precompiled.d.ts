/*
 * The types of precompiled.js, which `pnpm build` generates beside this file and in dist/
 * (scripts/precompile-validators.mjs, after tsc): ajv standalone code for the shipped kind
 * schemas and the settings schemas, set up by nofAjv, compiled to stop at the first error, and
 * for the JSON Schema 2020-12 meta-schema. Not committed: it is built from the schemas of the
 * same build.
 */
import type { ErrorObject } from 'ajv';

/** True when the data is valid against the schema it was compiled from. */
export type PrecompiledValidator = (data: unknown) => boolean;

/** The validators by the `$id` of their schema. */
export declare const PRECOMPILED: Readonly<Record<string, PrecompiledValidator>>;

/** For each `$id`, the SHA-256 of `JSON.stringify` of the schema compiled: a test checks they are current. */
export declare const PRECOMPILED_FROM: Readonly<Record<string, string>>;

/** The 2020-12 meta-schema, compiled as the registry's ajv compiles it (every error, verbose), which leaves its errors in `errors`. */
export declare const META_SCHEMA_VALIDATOR: PrecompiledValidator & { errors?: ErrorObject[] | null };
