import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../parse/parse-text.js';
import { documentsYaml } from '../yaml-documents.js';
import { exportPlacementsStandard } from './export.js';
import { STANDARD_FIELDS, type StandardField, type StandardRecord } from './fields.js';
import { importPlacementsStandard } from './import.js';
import { FIELD_MAPPINGS } from './mapping.js';

const standard = JSON.parse(
  readFileSync(new URL('../../../../../test/fixtures/placements-standard/placements-standard-v2.json', import.meta.url), 'utf8'),
) as {
  entities: Array<{ name: string; fields: Array<{ name: string; type: string; cardinality: string; options?: string[] }> }>;
};

/**
 * Records that between them use every option of every categorical field: record i takes option
 * i of each (wrapping round), every yes/no both ways, distinct numbers, text and dates, and the
 * last record leaves every optional field out.
 */
function generatedRecords(): StandardRecord[] {
  const count = Math.max(...STANDARD_FIELDS.map((f) => f.options?.length ?? 0), 2) + 1;
  return Array.from({ length: count }, (_, i) => {
    const record: StandardRecord = {};
    for (const field of STANDARD_FIELDS) {
      if (i === count - 1 && field.cardinality === '0..1') continue;
      record[field.name] = valueFor(field, i);
    }
    return record;
  });
}

function valueFor(field: StandardField, i: number): unknown {
  const options = field.options ?? [];
  switch (field.type) {
    case 'Categorical':
      // Lists: every option alone in turn, then two together.
      return field.cardinality === '1..*' ? (i < options.length ? [options[i]] : [options[0], options[1]]) : options[i % options.length];
    case 'Integer':
      return field.name === 'childId' ? 100200 + i : field.name === 'totalWeeklyCost' ? 850 + 10 * i : i;
    case 'Boolean':
      return i % 2 === 0;
    case 'Date':
      return `2025-0${1 + (i % 9)}-1${i % 10}`;
    case 'String':
      return field.name === 'providerURN' ? (i % 2 ? `SC12345${i}` : `251234${i}`) : `${field.name} text ${i}`;
  }
}

/** Imports records, writes the documents as YAML, reads them back and exports them again. */
function roundTrip(records: StandardRecord[]) {
  const imported = importPlacementsStandard(JSON.stringify(records, null, 2), '/in/records.json', { authority: 'E08000035' });
  const parsed = parseText(documentsYaml(imported.documents), '/out/documents.yaml');
  expect(parsed.diagnostics).toEqual([]);
  return { imported, exported: exportPlacementsStandard(parsed.documents) };
}

describe('Placements Data Standard v2 field table', () => {
  it('is the standard: every entity, field, type, cardinality and option, in order', () => {
    const fromStandard = standard.entities.flatMap((e) =>
      e.fields.map((f) => ({
        entity: e.name,
        name: f.name,
        type: f.type,
        cardinality: f.cardinality,
        ...(f.options ? { options: f.options } : {}),
      })),
    );
    expect(STANDARD_FIELDS.map((f) => ({ ...f, ...(f.options ? { options: [...f.options] } : {}) }))).toEqual(fromStandard);
  });

  it('gives every field exactly one home in NOF', () => {
    expect(FIELD_MAPPINGS.map((m) => m.field)).toEqual(STANDARD_FIELDS.map((f) => f.name));
    const homes = FIELD_MAPPINGS.flatMap((m) => m.targets.map((t) => `${t}${m.pointer}`));
    expect(new Set(homes).size).toBe(homes.length);
  });
});

describe('round trip standard → NOF → standard', () => {
  const records = generatedRecords();
  const { imported, exported } = roundTrip(records);

  it('covers every categorical option', () => {
    for (const field of STANDARD_FIELDS.filter((f) => f.options)) {
      const used = new Set(records.flatMap((r) => (r[field.name] === undefined ? [] : [r[field.name]].flat())));
      expect([...used].sort(), field.name).toEqual([...field.options!].sort());
    }
  });

  it('gives back one record per record, with the same fields', () => {
    expect(exported.records).toHaveLength(records.length);
    exported.records.forEach((r, i) => expect(Object.keys(r)).toEqual(Object.keys(records[i]!)));
  });

  it.each(STANDARD_FIELDS.map((f) => [f.name]))('keeps %s in every record', (name) => {
    expect(exported.records.map((r) => r[name])).toEqual(records.map((r) => r[name]));
  });

  it('makes a request and an agreement per record, lacking only what the standard does not record', () => {
    expect(imported.documents.map((d) => d.kind)).toEqual(records.flatMap(() => ['PlacementRequest', 'PlacementAgreement']));
    const lacking = imported.diagnostics.map((d) => `${d.severity} ${d.code} ${/`(\w+)`/.exec(d.message)?.[1]}`);
    expect(new Set(lacking)).toEqual(
      new Set([
        'warning interop/missing-field provider',
        'warning interop/missing-field route',
        'warning interop/missing-field placementType',
        'warning interop/missing-field startDate',
      ]),
    );
    expect(lacking).toHaveLength(4 * records.length);
  });

  it('reports nothing on the way back but what NOF documents do not carry', () => {
    expect(exported.diagnostics).toEqual([]);
  });
});

describe('import findings', () => {
  const record = generatedRecords()[0]!;

  it('reports a field the standard does not have at its line, with a did-you-mean, and imports the rest', () => {
    const text = JSON.stringify({ ...record, petz: 'No' }, null, 2);
    const { documents, diagnostics } = importPlacementsStandard(text, '/in/one.json', { authority: 'E08000035' });
    const unknown = diagnostics.find((d) => d.code === 'interop/unknown-field')!;
    expect(unknown).toMatchObject({ severity: 'error', path: '/petz', uri: '/in/one.json' });
    expect(unknown.message).toContain("did you mean 'pets'?");
    expect(text.split('\n')[unknown.range.start.line]).toContain('"petz"');
    expect(documents).toHaveLength(2);
  });

  it('reports a value that is not one of the options, and leaves it out', () => {
    const { documents, diagnostics } = importPlacementsStandard(JSON.stringify([{ ...record, pets: 'Maybe' }]), '/in/list.json');
    expect(diagnostics.find((d) => d.path === '/0/pets')).toMatchObject({ severity: 'error', code: 'interop/invalid-value' });
    expect(JSON.stringify(documents[0]!.value)).not.toContain('Maybe');
  });

  it('reports a required field the record leaves out', () => {
    const { referralDate: _dropped, ...rest } = record;
    const { diagnostics } = importPlacementsStandard(JSON.stringify(rest), '/in/one.json');
    expect(diagnostics.some((d) => d.code === 'interop/missing-field' && d.message.includes('referralDate'))).toBe(true);
  });

  it('reports a file that is not JSON as a located diagnostic', () => {
    const { documents, diagnostics } = importPlacementsStandard('[{"childId": 1,', '/in/broken.json');
    expect(documents).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', uri: '/in/broken.json' });
  });

  it('names the provider whose profile holds the URN', () => {
    const { documents } = importPlacementsStandard(JSON.stringify(record), '/in/one.json', {
      providerForUrn: (urn) => (urn === record.providerURN ? 'kestrel-lane-fostering' : undefined),
    });
    expect((documents[1]!.value.spec as { provider?: string }).provider).toBe('kestrel-lane-fostering');
  });
});

describe('export findings', () => {
  it('says what it cannot carry: a second support need, a child reference that is not a number', () => {
    const text = [
      'apiVersion: nof/v1',
      'kind: PlacementRequest',
      'metadata: { id: req-a, name: A }',
      'spec:',
      '  requestingAuthority: E08000035',
      '  requestDate: 2025-07-21',
      '  child: { localReference: LDS-0042 }',
      '  requirements:',
      '    additionalSupport: [{ type: therapeutic-support }, { type: school-transport }]',
    ].join('\n');
    const { records, diagnostics } = exportPlacementsStandard(parseText(text, '/nof/req-a.yaml').documents);
    expect(records[0]).toMatchObject({ childId: 'LDS-0042', additionalSupport: 'therapeutic support', referralDate: '2025-07-21' });
    const support = diagnostics.find((d) => d.path === '/spec/requirements/additionalSupport')!;
    expect(support).toMatchObject({ code: 'interop/partly-mapped', range: { start: { line: 8 } } });
    expect(diagnostics.find((d) => d.path === '/spec/child/localReference')?.message).toContain('not a whole number');
  });
});
