/*
 * Run before every test file (vitest setupFiles): after the file, every rule it ran with runRule
 * must have been run on each apiVersion the rule claims, and a rule's own test file
 * (rules/<group>/<name>.test.ts) must run it. A rule that claims a version its tests never
 * exercise fails here, in its own test file.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { getRule } from '../packages/sdk/src/rules/registry.js';
import { startRecordingVersions, versionsNotExercised } from '../packages/sdk/src/rules/testing.js';

beforeAll(() => startRecordingVersions());

afterAll(() => {
  const own = /\/packages\/sdk\/src\/rules\/([a-z0-9-]+\/[a-z0-9-]+)\.test\.ts$/.exec(expect.getState().testPath ?? '')?.[1];
  // Only the rules NOF ships: a test's own rule claims what it likes.
  const gaps = versionsNotExercised().filter((g) => getRule(g.rule.id) === g.rule);
  const ownRule = own === undefined ? undefined : getRule(own);
  if (ownRule && !gaps.some((g) => g.rule.id === ownRule.id)) gaps.push({ rule: ownRule, missing: [...ownRule.apiVersions] });
  const untested = gaps.filter((g) => g.missing.length).map((g) => `${g.rule.id} claims ${g.missing.join(' and ')}`);
  if (untested.length)
    throw new Error(
      `Rules were not run on every apiVersion they claim (run them on such documents, or claim less): ${untested.join('; ')}.`,
    );
});
