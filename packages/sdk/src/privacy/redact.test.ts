import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/parse-text.js';
import { documentYaml } from '../rules/testing.js';
import { redact } from './redact.js';

const request = (child: string, extra = '') =>
  documentYaml('PlacementRequest', 'request-0042', `requestingAuthority: E08000035\nrequestDate: 2015-06-01\nchild: ${child}${extra}`);

const CHILD = '{ localReference: LC-0042, age: 12, gender: female, ethnicity: WBRI }';

describe('redact', () => {
  it('removes every field the schema marks as personal data, leaving the rest and the original', () => {
    const [doc] = parseText(request(CHILD), 'r.yaml').documents;
    const { value, removed } = redact(doc!);
    expect(removed).toEqual(['/spec/child/gender', '/spec/child/ethnicity']);
    expect((value as { spec: { child: unknown } }).spec.child).toEqual({ localReference: 'LC-0042', age: 12 });
    expect((doc!.value as { spec: { child: { gender: string } } }).spec.child.gender).toBe('female');
  });
});
