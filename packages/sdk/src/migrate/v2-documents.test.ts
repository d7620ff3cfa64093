import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../workspace/workspace.js';
import { migrateText } from './migrate.js';

// v2 documents go through the same workspace as v1 ones: schema by their own apiVersion,
// codelists judged on their own dates, references resolved across versions.

const example = (file: string) => readFileSync(fileURLToPath(new URL(`../../../../examples/${file}`, import.meta.url)), 'utf8');
const v2 = (file: string) => migrateText(example(file), file, 'nof/v2').text;

function diagnostics(files: Record<string, string>, asOf: string) {
  const workspace = new Workspace({ asOf });
  for (const [uri, text] of Object.entries(files)) workspace.set(uri, text);
  return Object.fromEntries(Object.keys(files).map((uri) => [uri, workspace.diagnostics(uri).diagnostics]));
}

describe('codelist validity on v2 documents', () => {
  // A 2024 placement in Northamptonshire, abolished in 2021: the v2 agreement gets the same
  // finding and successor fixes a v1 one does.
  const agreement = v2('agreements/ipa-bfd-2014-0117.yaml')
    .replace('startDate: 2014-09-08', 'startDate: 2024-09-02')
    .replace('plannedEndDate: 2016-09-07', 'plannedEndDate: 2026-09-01')
    .replace('placingAuthority: E08000032', 'placingAuthority: E10000021');

  it('flags an authority abolished before the agreement’s dates, offering its successors', () => {
    const found = diagnostics({ 'a.yaml': agreement }, '2025-01-01')['a.yaml']!.filter((d) => d.code === 'codelist/not-valid-on-date');
    expect(found.map((d) => d.path)).toEqual(['/spec/placingAuthority']);
    expect(found[0]!.message).toContain('Northamptonshire (E10000021) was abolished on 2021-04-01');
    expect(found[0]!.fixes!.map((f) => f.edits[0]!.newText)).toEqual(['E06000061', 'E06000062']);
  });

  it('accepts the same authority on a 2015 agreement', () => {
    const dated2015 = agreement
      .replace('startDate: 2024-09-02', 'startDate: 2015-01-05')
      .replace('plannedEndDate: 2026-09-01', 'plannedEndDate: 2016-01-04');
    const found = diagnostics({ 'a.yaml': dated2015 }, '2015-06-01')['a.yaml']!;
    expect(found.filter((d) => d.code.startsWith('codelist/'))).toEqual([]);
  });
});

describe('references across versions', () => {
  it('resolves a v2 tracker’s outcomes in a v1 agreement, and reports one that is not there', () => {
    const tracker = v2('trackers/tracker-bfd-2014-0117.yaml');
    const agreement = example('agreements/ipa-bfd-2014-0117.yaml');
    const files = { 'a.yaml': agreement, 't.yaml': tracker };
    expect(diagnostics(files, '2015-06-01')['t.yaml']!.filter((d) => d.code.startsWith('reference/'))).toEqual([]);
    const wrong = diagnostics(
      { ...files, 't.yaml': tracker.replace('outcome: feels-settled, value: 17', 'outcome: feels-calm, value: 17') },
      '2015-06-01',
    )['t.yaml']!;
    expect(wrong.filter((d) => d.code.startsWith('reference/')).map((d) => d.path)).toEqual(['/spec/reviews/0/ratings/0/outcome']);
  });
});
