import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, placementFiles, PROVIDER, VERSIONS, withSpec, type Version } from './_fixtures.js';
import rule from './provider-not-inadequate.js';

// The fixture agreement places the child at SC123456 from 2015-06-03.
const setting = (latestGrade: string, inspectionDate: string) => ({
  id: 'office',
  name: 'Brookside Fostering',
  ofstedUrn: 'SC123456',
  type: 'independent-fostering-agency',
  latestGrade,
  inspectionDate,
});
const runIn = (apiVersion: Version) => (grade: string, inspected: string) =>
  runRule(rule, placementFiles(AGREEMENT, {}, withSpec(PROVIDER, { settings: [setting(grade, inspected)] }), apiVersion)).map((d) => [
    d.path,
    d.severity,
    d.message,
  ]);

describe.each(VERSIONS)('agreement/provider-not-inadequate (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it('reports a setting graded Inadequate before the start as an error', () => {
    expect(run('inadequate', '2015-01-10')).toEqual([
      [
        '/spec/setting/ofstedUrn',
        'error',
        'Setting "Brookside Fostering" (SC123456) is graded Inadequate by Ofsted (inspected 2015-01-10).',
      ],
    ]);
  });

  it('reports a setting graded Inadequate since the start as a warning to review', () => {
    expect(run('inadequate', '2015-09-01')).toEqual([
      [
        '/spec/setting/ofstedUrn',
        'warning',
        expect.stringContaining('since the placement started (inspected 2015-09-01): review the placement'),
      ],
    ]);
  });

  it('passes other grades', () => {
    expect(run('requires-improvement', '2015-01-10')).toEqual([]);
  });
});
