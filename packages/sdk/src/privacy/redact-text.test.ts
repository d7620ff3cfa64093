import { describe, expect, it } from 'vitest';
import { documentYaml } from '../rules/testing.js';
import { redactText } from './redact-text.js';

const request = documentYaml(
  'PlacementRequest',
  'request-0042',
  'requestingAuthority: E08000035  # note about the child\nrequestDate: 2015-06-01\nchild: { localReference: LC-0042, age: 12, gender: female }',
);

describe('redactText', () => {
  it('removes personal fields from every document of a file and drops comments', () => {
    const result = redactText(`${request}---\n${request}`, 'r.yaml');
    expect(result.removed).toEqual([
      { document: 0, pointer: '/spec/child/gender' },
      { document: 1, pointer: '/spec/child/gender' },
    ]);
    expect(result.text).toContain('localReference: LC-0042');
    expect(result.text).not.toMatch(/female|note about/);
    expect(result.text!.split('---\n')).toHaveLength(2);
  });

  it('refuses a file with YAML errors rather than redact part of it', () => {
    const result = redactText(`${request}child: [unclosed\n`, 'r.yaml');
    expect(result.text).toBeUndefined();
    expect(result.diagnostics[0]?.severity).toBe('error');
  });
});
