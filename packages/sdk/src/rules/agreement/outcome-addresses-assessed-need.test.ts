import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, v2Agreement, yamlDocument } from './_fixtures.js';
import rule from './outcome-addresses-assessed-need.js';

const outcome = (addresses?: string[]) => ({
  id: 'calmer',
  domain: 'be-healthy',
  indicator: 'sdq-total',
  description: 'Feels calmer.',
  ...(addresses ? { addresses } : {}),
});
const v2 = (spec: Record<string, unknown>) => v2Agreement({ assessedNeeds: [{ domain: 'emotional-wellbeing', level: 2 }], ...spec });

describe('agreement/outcome-addresses-assessed-need', () => {
  it('reports an outcome tied to a need the agreement did not assess, and one tied to none', () => {
    const assessed = 'emotional-wellbeing';
    const found = runRule(rule, v2({ outcomes: [outcome(['identity']), { ...outcome(), id: 'settled' }] }));
    expect(found).toEqual([
      expect.objectContaining({ path: '/spec/outcomes/0/addresses/0', message: expect.stringContaining(`(\`${assessed}\`)`) }),
      expect.objectContaining({ path: '/spec/outcomes/1/id', message: expect.stringContaining('`settled` does not say') }),
    ]);
  });

  it('passes outcomes tied to assessed needs, and leaves v1 agreements alone', () => {
    const assessed = 'emotional-wellbeing';
    expect(runRule(rule, v2({ outcomes: [outcome([assessed])] }))).toEqual([]);
    expect(runRule(rule, yamlDocument('PlacementAgreement', 'ipa-0042', AGREEMENT))).toEqual([]);
  });
});
