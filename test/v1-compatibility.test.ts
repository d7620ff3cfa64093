import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateWorkspace } from '../packages/sdk/src/index.js';
import { diffSchemas, loadWorkspace, SchemaSet } from '../packages/sdk/src/node/index.js';
import { describe, expect, it } from 'vitest';

// Additions to nof/v1 are minor versions (schemas/VERSIONING.md): every document valid under
// v1.0 stays valid. test/fixtures/v1.0/ holds the examples and the schemas exactly as v1.0
// shipped them; the examples are never edited there, so this test proves they still pass.

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/fixtures/v1.0');

const results = validateWorkspace(await loadWorkspace(join(fixtures, 'examples')));

describe('nof/v1 stays compatible with v1.0', () => {
  it('loads every v1.0 example', () => {
    expect(results.length).toBeGreaterThanOrEqual(30);
  });

  it.each(results.map((r) => [relative(fixtures, r.uri), r] as const))(
    '%s has no schema error under the current schemas',
    (_name, result) => {
      const schemaErrors = result.diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('schema/'));
      expect(schemaErrors.map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    },
  );

  it('changes the v1 schemas by a minor version at most', () => {
    const diff = diffSchemas(SchemaSet.load(join(fixtures, 'schemas')), SchemaSet.load(join(root, 'schemas/v1')), 'minor');
    const breaking = diff.changes
      .filter((c) => c.breaksDocuments || c.breaksConsumers)
      .map((c) => `${c.file}#${c.pointer} ${c.change}: ${c.message}`);
    expect(breaking).toEqual([]);
    expect(diff.bumpTooSmall).toBe(false);
  });
});
