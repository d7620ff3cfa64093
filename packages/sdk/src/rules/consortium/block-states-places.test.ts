import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import rule from './block-states-places.js';

const consortium = (arrangement: string) =>
  documentYaml(
    'Consortium',
    'cross-regional',
    `type: contracting-partnership\nmembers: [{ authority: E10000014 }]\narrangements:\n  - id: residential-block\n${arrangement}`,
  );

describe('consortium/block-states-places', () => {
  it('passes a block contract with its places, and other arrangements without', () => {
    expect(runRule(rule, consortium('    type: block-contract\n    blockPlaces: { places: 20 }'))).toEqual([]);
    expect(runRule(rule, consortium('    type: framework-agreement'))).toEqual([]);
  });

  it('reports a block contract without places on the arrangement', () => {
    const found = runRule(rule, consortium('    type: block-contract\n    status: active'));
    expect(found.map((d) => [d.path, d.message, d.range.start.line])).toEqual([
      [
        '/spec/arrangements/0',
        'Block contract "residential-block" does not say how many places it buys: add blockPlaces with the number of places.',
        9,
      ],
    ]);
  });
});
