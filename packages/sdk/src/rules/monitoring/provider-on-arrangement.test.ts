import { describe, expect, it } from 'vitest';
import { PROVIDER } from '../agreement/_fixtures.js';
import { runRule } from '../testing.js';
import { VISIT, visitFiles, withSpec } from './_fixtures.js';
import rule from './provider-on-arrangement.js';

const run = (visit: Record<string, unknown>, provider = PROVIDER) =>
  runRule(rule, visitFiles(withSpec(VISIT, visit), {}, provider)).map((d) => [d.path, d.message]);

describe('monitoring/provider-on-arrangement', () => {
  it('reports a visit under an arrangement neither the consortium nor the profile puts the provider on', () => {
    expect(run({ arrangement: 'homes-framework' })).toEqual([
      [
        '/spec/arrangement',
        'Provider "brookside" is not on arrangement "homes-framework" of Consortium "dales": the consortium does not list it there and its provider profile does not name the arrangement.',
      ],
    ]);
  });

  it('passes a provider its profile puts on the arrangement, or that no one lists anywhere in the consortium', () => {
    expect(run({})).toEqual([]);
    expect(run({}, withSpec(PROVIDER, { arrangements: undefined }))).toEqual([]);
    expect(run({ consortium: undefined, arrangement: undefined, onBehalfOf: undefined })).toEqual([]);
  });
});
