import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../parse/apply-edits.js';
import { documentYaml, runRule } from '../testing.js';
import rule from './dps-open.js';

const consortium = (type: string, entry: string) =>
  documentYaml(
    'Consortium',
    'west-sussex-kent',
    `type: sub-regional\nmembers: [{ authority: E10000032 }]\narrangements:\n  - id: dps\n    type: ${type}\n    openness: { providerEntry: ${entry} }`,
  );

describe('consortium/dps-open', () => {
  it('passes an open DPS and a closed framework', () => {
    expect(runRule(rule, consortium('dynamic-purchasing-system', 'continuously-open'))).toEqual([]);
    expect(runRule(rule, consortium('framework-agreement', 'closed-for-term'))).toEqual([]);
  });

  it('reports a DPS closed for its term and opens it', () => {
    const text = consortium('dynamic-purchasing-system', 'closed-for-term');
    const [d] = runRule(rule, text);
    expect([d!.path, d!.message]).toEqual([
      '/spec/arrangements/0/openness/providerEntry',
      'Arrangement "dps" is a dynamic purchasing system but is closed to new providers for its term: a DPS stays open to providers, continuously or at intervals.',
    ]);
    expect(runRule(rule, applyEdits(text, d!.fixes![0]!.edits))).toEqual([]);
  });
});
