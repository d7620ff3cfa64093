import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { whiteRose } from './_fixtures.js';
import rule from './predecessor-exists.js';

const run = (arrangements: string) => runRule(rule, whiteRose(arrangements)).map((d) => [d.path, d.message]);

describe('consortium/predecessor-exists', () => {
  it('passes a predecessor that is another arrangement', () => {
    expect(
      run('- { id: er5, type: framework-agreement, status: expired }\n- { id: er4, type: rolling-select-list, predecessor: er5 }'),
    ).toEqual([]);
  });

  it('reports a missing predecessor and one naming itself', () => {
    expect(
      run('- { id: er4, type: rolling-select-list, predecessor: er5 }\n- { id: er6, type: rolling-select-list, predecessor: er6 }'),
    ).toEqual([
      [
        '/spec/arrangements/0/predecessor',
        'Arrangement "er4" names "er5" as its predecessor, but this consortium has no arrangement "er5" (it has "er4", "er6").',
      ],
      ['/spec/arrangements/1/predecessor', 'Arrangement "er6" names itself as its predecessor.'],
    ]);
  });
});
