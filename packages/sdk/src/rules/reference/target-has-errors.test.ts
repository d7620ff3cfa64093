import { describe, expect, it } from 'vitest';
import { AGREEMENT, agreementYaml, CONSORTIUM, FRAMEWORK, PROVIDER, VERSIONS, yamlDocument } from '../agreement/_fixtures.js';
import { runRule } from '../testing.js';
import rule from './target-has-errors.js';

describe.each(VERSIONS)('reference/target-has-errors (%s)', (apiVersion) => {
  const files = (consortium: string) => ({
    files: {
      'consortium.yaml': consortium,
      'framework.yaml': yamlDocument('NeedsOutcomesFramework', 'core', FRAMEWORK),
      'provider.yaml': yamlDocument('ProviderProfile', 'brookside', PROVIDER),
      'agreement.yaml': agreementYaml(AGREEMENT, apiVersion),
    },
  });

  it('notes once, at the reference to it, a document the agreement depends on that has errors', () => {
    const broken = yamlDocument('Consortium', 'dales', { ...CONSORTIUM, members: 3 });
    const found = runRule(rule, files(broken), { allowSchemaErrors: true });
    // The provider profile points at the consortium too: one note in each document.
    expect(found.map((d) => [d.uri, d.path, d.severity])).toEqual([
      ['provider.yaml', '/spec/arrangements/0/consortium', 'info'],
      ['agreement.yaml', '/spec/route/consortium', 'info'],
    ]);
    expect(found[1]!.message).toBe(
      'Consortium "dales" has errors of its own, so what this document takes from it is checked once they are fixed.',
    );
  });

  it('says nothing once the document is valid', () => {
    expect(runRule(rule, files(yamlDocument('Consortium', 'dales', CONSORTIUM)))).toEqual([]);
  });
});
