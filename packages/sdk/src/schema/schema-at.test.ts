import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './closest.js';
import { registryForFolder } from '../node/schemas.js';

const registry = registryForFolder(fileURLToPath(new URL('../../../../test/fixtures/validate/schemas/', import.meta.url)));
const consortium = registry.getSchemaFor('nof/v1', 'Consortium')!;

describe('SchemaRegistry', () => {
  it('knows the kinds of each API version', () => {
    expect(registry.apiVersions()).toEqual(['nof/v1']);
    expect(registry.kinds('nof/v1')).toEqual(['Consortium', 'ProviderProfile']);
    expect(registry.getSchemaFor('nof/v1', 'PlacementAgreement')).toBeUndefined();
  });

  it('compiles each kind once', () => {
    expect(registry.validatorFor(consortium)).toBe(registry.validatorFor(consortium));
    expect(registryForFolder(fileURLToPath(new URL('../../../../test/fixtures/validate/schemas/', import.meta.url)))).toBe(registry);
  });
});

describe('schemaAt', () => {
  it('follows $refs across files and keeps the title written where the property is used', () => {
    const at = registry.schemaAt(consortium, '/spec/start');
    expect(at?.title).toBe('Start date');
    expect(at?.schemas.some((s) => s.format === 'date')).toBe(true);
  });

  it('goes into array items', () => {
    expect(registry.schemaAt(consortium, '/spec/lots/3/name')?.title).toBe('Lot name');
    expect(registry.schemaAt(consortium, '/spec/members/0')?.title).toBe('Local authority');
  });

  it('picks the oneOf branch the document aims at', () => {
    const doc = { spec: { arrangements: [{ type: 'block-contract' }, { provider: 'x', places: 2 }] } };
    expect(registry.schemaAt(consortium, '/spec/arrangements/0/places', doc)?.title).toBe('Places');
    // No type: the branch declaring the item's keys.
    expect(registry.schemaAt(consortium, '/spec/arrangements/1/type', doc)?.schemas.find((s) => 'const' in s)?.const).toBe(
      'block-contract',
    );
    // Without a document, the first branch that has the property.
    expect(registry.schemaAt(consortium, '/spec/arrangements/0/lots')?.title).toBe('Lots');
  });

  it('says nothing about properties the schema does not define', () => {
    expect(registry.schemaAt(consortium, '/spec/nothing')).toBeUndefined();
  });
});

describe('closest', () => {
  it('suggests near misses and unique extensions only', () => {
    expect(closest('lot', ['lots', 'lead'])).toBe('lots');
    expect(closest('Memebers', ['members', 'lead'])).toBe('members');
    expect(closest('framework', ['framework-agreement', 'block-contract'])).toBe('framework-agreement');
    expect(closest('xyz', ['lots', 'lead'])).toBeUndefined();
  });

  it('counts two neighbouring letters swapped as one slip, so short names get a suggestion too', () => {
    expect(editDistance('cihld', 'child')).toBe(1);
    expect(editDistance('fese', 'fees')).toBe(1);
    expect(editDistance('Tyep', 'type')).toBe(1);
    // Optimal string alignment: a swapped pair is not edited again.
    expect(editDistance('ca', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closest('cihld', ['child', 'placingAuthority'])).toBe('child');
    expect(closest('fese', ['fees', 'purpose'])).toBe('fees');
  });
});
