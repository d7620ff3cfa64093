import { _, Ajv2020, type KeywordCxt, type Options, str } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { nofKeywords } from '@nof/schemas';
import { firstRepeat } from './unique-items.js';

// ajv-formats is CommonJS: under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * An ajv that judges NOF documents: JSON Schema 2020-12 in strict mode, every format of
 * ajv-formats, `uniqueItems` in linear time and NOF's annotation keywords. The one setup for the
 * validators compiled at run time and those precompiled at build time
 * (scripts/precompile-validators.mjs), so both accept the same documents; `options` may only
 * change what is reported, never what is valid.
 */
export function nofAjv(options: Omit<Options, 'strict'> = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...options, strict: true, code: { ...options.code, process: appendErrorsInPlace } });
  addFormats(ajv);
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword({
    keyword: 'uniqueItems',
    type: 'array',
    schemaType: 'boolean',
    // ajv's own error: `i` the later item, `j` the earlier one.
    error: {
      message: ({ params }) => str`must NOT have duplicate items (items ## ${params.j} and ${params.i} are identical)`,
      params: ({ params }) => _`{i: ${params.i}, j: ${params.j}}`,
    },
    code(cxt: KeywordCxt) {
      if (!cxt.schema) return;
      // Standalone code requires the function by this name; the precompile script imports it.
      const find = cxt.gen.scopeValue('func', { ref: firstRepeat, code: _`require("./unique-items.js").firstRepeat` });
      const repeat = cxt.gen.const('repeat', _`${find}(${cxt.data})`);
      cxt.setParams({ i: _`${repeat}.i`, j: _`${repeat}.j` });
      cxt.fail(_`${repeat} !== undefined`);
    },
  });
  // NOF's annotation keywords (@nof/schemas), which ajv must know in strict mode, with the shape of each checked.
  ajv.addVocabulary([...nofKeywords]);
  return ajv;
}

/**
 * ajv's generated code gathers the errors of each `$ref` it calls with `vErrors.concat(...)`, a
 * copy of every error so far per call: 30,000 items in error took 30 s. In place they take
 * milliseconds (the code rolls back by setting the list's length, which works the same). Code
 * precompiled at build time is written unprocessed; it stops at the first error anyway.
 */
function appendErrorsInPlace(code: string): string {
  const replaced = code.replace(/vErrors\.concat\(([\w$.]+)\)/g, 'appendErrors(vErrors, $1)');
  return replaced === code ? code : `function appendErrors(list, more) { for (const e of more) list.push(e); return list; }${replaced}`;
}
