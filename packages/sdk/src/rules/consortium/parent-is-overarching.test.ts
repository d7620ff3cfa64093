import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import rule from './parent-is-overarching.js';

const consortium = (id: string, type: string, parent = '') =>
  documentYaml(
    'Consortium',
    id,
    `type: ${type}\nmembers: [{ authority: E08000009 }]\narrangements: []${parent && `\nparentConsortium: ${parent}`}`,
  );

const run = (parentType: string, parent = 'placements-north-west') =>
  runRule(rule, {
    files: {
      'pnw.yaml': consortium('placements-north-west', parentType),
      'gm.yaml': consortium('greater-manchester', 'sub-regional', parent),
    },
  }).map((d) => [d.uri, d.path, d.severity, d.message]);

describe('consortium/parent-is-overarching', () => {
  it('passes an overarching regional parent, and a missing one (left to reference/unresolved)', () => {
    expect(run('overarching-regional')).toEqual([]);
    expect(run('overarching-regional', 'nowhere')).toEqual([]);
  });

  it('warns about a parent of another type', () => {
    expect(run('regional')).toEqual([
      [
        'gm.yaml',
        '/spec/parentConsortium',
        'warning',
        'The overarching consortium "placements-north-west" is of type regional, not overarching-regional: check the id, or the type of "placements-north-west".',
      ],
    ]);
  });

  it('warns about a consortium naming itself', () => {
    expect(run('overarching-regional', 'greater-manchester')).toEqual([
      ['gm.yaml', '/spec/parentConsortium', 'warning', 'The consortium names itself as the overarching consortium it operates under.'],
    ]);
  });
});
