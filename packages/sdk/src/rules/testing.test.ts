import { describe, expect, it } from 'vitest';
import { AGREEMENT, agreementYaml } from './agreement/_fixtures.js';
import type { Rule } from './rule.js';
import { runRule, startRecordingVersions, versionsNotExercised } from './testing.js';

const quiet: Rule = {
  id: 'test/quiet',
  description: 'Reports nothing.',
  severity: 'info',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: 'Test rule.',
  check() {},
};

describe('the record of the apiVersions rules were run on', () => {
  it('names each version a rule claims until a test runs it on a document of that version', () => {
    startRecordingVersions();
    runRule(quiet, agreementYaml(AGREEMENT, 'nof/v1'));
    expect(versionsNotExercised()).toEqual([{ rule: quiet, missing: ['nof/v2'] }]);
    runRule(quiet, agreementYaml(AGREEMENT, 'nof/v2'));
    expect(versionsNotExercised()).toEqual([{ rule: quiet, missing: [] }]);
    startRecordingVersions();
    expect(versionsNotExercised()).toEqual([]);
  });
});
