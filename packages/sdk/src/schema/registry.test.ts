import { describe, expect, it } from 'vitest';
import { nofAjv } from './ajv.js';
import { SchemaLoadError, SchemaRegistry } from './registry.js';

/** The message ajv itself gives when a schema cannot be added. */
function ajvMessage(schema: Record<string, unknown>): string {
  try {
    nofAjv({ allErrors: true, verbose: true }).addSchema(schema);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('ajv added the schema');
}

function loadError(schema: Record<string, unknown>): string {
  const registry = new SchemaRegistry([{ apiVersion: 'nof/v1', kind: 'Consortium', file: 'v1/broken.schema.json', schema }]);
  try {
    registry.validatorFor(schema);
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaLoadError);
    return (error as Error).message;
  }
  throw new Error('the registry compiled the schema');
}

describe('SchemaRegistry', () => {
  it('says what breaks the meta-schema in a schema file in the words ajv would use', () => {
    const broken = {
      $id: 'https://schemas.nof.org.uk/v1/broken.schema.json',
      type: 'object',
      minProperties: 'two',
      properties: { id: { type: 'strnig' } },
    };
    expect(loadError(broken)).toBe(`v1/broken.schema.json: ${ajvMessage(broken)}`);
    expect(ajvMessage(broken)).toMatch(/^schema is invalid: .*data\/minProperties must be integer/);
  });

  it('leaves a schema of another draft to ajv', () => {
    const draft7 = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://schemas.nof.org.uk/v1/old.schema.json',
      type: 'object',
    };
    expect(loadError(draft7)).toBe(`v1/broken.schema.json: ${ajvMessage(draft7)}`);
  });

  it('compiles a valid schema file of its own and judges documents by it', () => {
    const schema = { $id: 'https://schemas.nof.org.uk/v1/own.schema.json', type: 'object', properties: { spec: {} }, required: ['spec'] };
    const registry = new SchemaRegistry([{ apiVersion: 'nof/v1', kind: 'Consortium', file: 'v1/own.schema.json', schema }]);
    expect(registry.isValid(schema, { spec: {} })).toBe(true);
    expect(registry.isValid(schema, {})).toBe(false);
    expect(registry.validatorFor(schema)({})).toBe(false);
  });
});
