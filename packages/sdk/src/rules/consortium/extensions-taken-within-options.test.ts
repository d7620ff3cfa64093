import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import rule from './extensions-taken-within-options.js';

const consortium = (term: string) =>
  documentYaml(
    'Consortium',
    'greater-manchester',
    `type: sub-regional\nmembers: [{ authority: E08000009 }]\narrangements:\n  - id: residential\n    type: framework-agreement\n    term: ${term}`,
  );

const run = (term: string) => runRule(rule, consortium(term)).map((d) => [d.path, d.message, d.fixes?.[0]?.edits[0]?.newText]);

describe('consortium/extensions-taken-within-options', () => {
  it('passes up to as many extensions as there are options', () => {
    expect(run('{ extensionOptions: [{ years: 1 }, { years: 1 }], extensionsTaken: 2 }')).toEqual([]);
    expect(run('{ extensionsTaken: 0 }')).toEqual([]);
  });

  it('reports more extensions taken than offered', () => {
    expect(run('{ extensionOptions: [{ years: 1 }, { years: 1 }], extensionsTaken: 3 }')).toEqual([
      [
        '/spec/arrangements/0/term/extensionsTaken',
        '3 extensions are recorded as taken, but the term of arrangement "residential" offers 2 extension options.',
        '2',
      ],
    ]);
    expect(run('{ initialPeriod: { years: 4 }, extensionsTaken: 1 }')).toEqual([
      [
        '/spec/arrangements/0/term/extensionsTaken',
        '1 extension is recorded as taken, but the term of arrangement "residential" has no extension options.',
        '0',
      ],
    ]);
  });
});
