import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { NOF_KEYWORD_NAMES } from '@nof/schemas';

// ajv-formats is CommonJS: under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** The annotation keywords NOF schemas use (@nof/schemas NOF_KEYWORDS); ajv must know them in strict mode. */
export const ANNOTATION_KEYWORDS: readonly string[] = NOF_KEYWORD_NAMES;

/**
 * An ajv that judges NOF documents: JSON Schema 2020-12 in strict mode, every format of
 * ajv-formats, and NOF's annotation keywords. The one setup for the validators compiled at run
 * time and those precompiled at build time (scripts/precompile-validators.mjs), so both accept
 * the same documents; `options` may only change what is reported, never what is valid.
 */
export function nofAjv(options: Omit<Options, 'strict'> = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...options, strict: true });
  addFormats(ajv);
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  return ajv;
}
