import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import rule from './duplicate-id.js';

const doc = (kind: string, id: string) => `apiVersion: nof/v1\nkind: ${kind}\nmetadata:\n  id: ${id}\n  name: Test\nspec: {}\n`;

describe('workspace/duplicate-id', () => {
  it('reports both documents of one kind sharing an id, each pointing at the other', () => {
    const found = runRule(rule, { files: { 'a.yaml': doc('Consortium', 'white-rose'), 'b.yaml': `${doc('ProviderProfile', 'x')}---\n${doc('Consortium', 'white-rose')}` } });
    expect(found.map((d) => [d.uri, d.range.start.line, d.related?.[0]?.uri, d.related?.[0]?.range.start.line])).toEqual([
      ['a.yaml', 3, 'b.yaml', 10],
      ['b.yaml', 10, 'a.yaml', 3],
    ]);
  });

  it('allows the same id on documents of different kinds', () => {
    expect(runRule(rule, `${doc('Consortium', 'white-rose')}---\n${doc('ProviderProfile', 'white-rose')}`)).toEqual([]);
  });
});
