/*
 * The types of precompiled.js, which `pnpm build` generates beside this file and in dist/
 * (scripts/precompile-validators.mjs, after tsc): ajv standalone code for the shipped kind
 * schemas and the settings schemas, set up by nofAjv, compiled to stop at the first error. Not
 * committed: it is built from the schemas of the same build.
 */

/** True when the data is valid against the schema it was compiled from. */
export type PrecompiledValidator = (data: unknown) => boolean;

/** The validators by the `$id` of their schema. */
export declare const PRECOMPILED: Readonly<Record<string, PrecompiledValidator>>;

/** For each `$id`, the SHA-256 of `JSON.stringify` of the schema compiled: a test checks they are current. */
export declare const PRECOMPILED_FROM: Readonly<Record<string, string>>;
