import { describe, expect, it } from 'vitest';
import { loadSchemaFiles } from './node.js';
import { NOF_KEYWORD_NAMES, readAnnotations } from './keywords.js';

/** Every `x-` keyword used in a schema tree. */
function xKeywords(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => xKeywords(n, out));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) out.add(key);
      xKeywords(value, out);
    }
  }
  return out;
}

describe('the NOF keywords', () => {
  it('name every x- keyword the schemas use', () => {
    const used = new Set(loadSchemaFiles().flatMap((f) => [...xKeywords(f.schema)]));
    expect([...used].filter((k) => !NOF_KEYWORD_NAMES.includes(k))).toEqual([]);
  });

  it('are read with their shape checked', () => {
    expect(
      readAnnotations({
        'x-codelist': 'regions',
        'x-ref-kind': 'Consortium',
        'x-ref-scope': { kind: 'Consortium', via: '1/consortium', collection: 'arrangements/lots', parents: ['1/arrangement'] },
        'x-personal-data': true,
        'x-deprecated-by': 'fees',
      }),
    ).toEqual({
      codelist: 'regions',
      refKind: 'Consortium',
      refScope: { kind: 'Consortium', via: '1/consortium', collection: 'arrangements/lots', parents: ['1/arrangement'] },
      personalData: true,
      deprecated: { by: 'fees' },
    });
    expect(readAnnotations({ deprecated: true })).toEqual({ deprecated: {} });
    expect(readAnnotations({ 'x-codelist': 3, 'x-ref-scope': { kind: 'Consortium' }, 'x-personal-data': 'yes' })).toEqual({});
  });
});
