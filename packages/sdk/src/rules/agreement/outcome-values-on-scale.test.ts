import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, placementFiles, REQUEST, VERSIONS, withSpec, yamlDocument, type Version } from './_fixtures.js';
import rule from './outcome-values-on-scale.js';

const outcome = (indicator: string, baseline: unknown, target: unknown) => ({
  id: indicator,
  domain: ['sdq-total', 'dentist'].includes(indicator) ? 'be-healthy' : 'enjoy-and-achieve',
  indicator,
  description: 'An outcome.',
  baseline,
  target,
});
const runIn =
  (apiVersion: Version) =>
  (...outcomes: unknown[]) =>
    runRule(rule, placementFiles(withSpec(AGREEMENT, { outcomes }), {}, undefined, apiVersion)).map((d) => [
      d.path,
      d.message,
      d.fixes?.[0]?.edits[0]?.newText,
    ]);

describe.each(VERSIONS)('agreement/outcome-values-on-scale (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it('reports values off numeric, ordinal, percentage, RAG and yes/no scales, saying what the scale takes', () => {
    expect(
      run(
        outcome('sdq-total', 45, 15),
        outcome('progress', 1, 4),
        outcome('attendance', 80, 101),
        outcome('engagement', 'Amber', 'green'),
        outcome('dentist', 'no', 'maybe'),
      ),
    ).toEqual([
      [
        '/spec/outcomes/0/baseline',
        'The baseline 45 is not on the scale of indicator "sdq-total" (SDQ total), which takes a score from 0 to 40.',
        undefined,
      ],
      [
        '/spec/outcomes/1/target',
        'The target 4 is not on the scale of indicator "progress" (Progress), which takes one of the points 1 (None), 2 (Some) or 3 (Good).',
        undefined,
      ],
      [
        '/spec/outcomes/2/target',
        'The target 101 is not on the scale of indicator "attendance" (Attendance), which takes a percentage from 0 to 100.',
        undefined,
      ],
      [
        '/spec/outcomes/3/baseline',
        'The baseline "Amber" is not on the scale of indicator "engagement" (Engagement), which takes red, amber or green.',
        'amber',
      ],
      [
        '/spec/outcomes/4/target',
        'The target "maybe" is not on the scale of indicator "dentist" (Dentist), which takes yes or no.',
        undefined,
      ],
    ]);
  });

  it('passes values on their scales, and checks a request’s outcomes sought', () => {
    expect(
      run(outcome('sdq-total', 19, 15), outcome('progress', 1, 3), outcome('engagement', 'red', 'green'), outcome('dentist', 'no', 'yes')),
    ).toEqual([]);
    const request = yamlDocument(
      'PlacementRequest',
      'req-0042',
      withSpec(REQUEST, { framework: 'core', outcomesSought: [outcome('sdq-total', 19, 41)] }),
    );
    expect(runRule(rule, placementFiles(AGREEMENT, { 'request.yaml': request })).map((d) => d.path)).toEqual([
      '/spec/outcomesSought/0/target',
    ]);
  });
});
