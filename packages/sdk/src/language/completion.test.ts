import { describe, expect, it } from 'vitest';
import { completionsAt } from './completion.js';
import { FILES, positionOf, workspaceOf } from './testing.js';

const AGREEMENT = `apiVersion: nof/v1
kind: PlacementAgreement
metadata:
  id: ipa-1
  name: IPA 1
spec:
  startDate: 2015-06-03
  plannedEndDate: 2016-06-02
  placingAuthority: 
  provider: 
  route: { type: framework-call-off, consortium: white-rose, arrangement: ifa-2015, lot:  }
  
`;

function complete(text: string, needle: string, shift: number) {
  const workspace = workspaceOf({ ...FILES, 'file:///ws/ipa.yaml': text });
  return completionsAt(workspace, 'file:///ws/ipa.yaml', text, positionOf(text, needle, shift));
}

describe('completionsAt', () => {
  it('offers the properties not yet written, with a snippet of the required children', () => {
    const found = complete(AGREEMENT, '  \n', 2);
    const labels = found.map((c) => c.label);
    expect(labels).toContain('setting');
    expect(labels).not.toContain('provider');
    const setting = found.find((c) => c.label === 'setting')!;
    expect(setting.snippet).toBe('setting:\n    ofstedUrn: $1');
    expect(setting.detail).toBe('Setting');
    expect(found.find((c) => c.label === 'assessedNeeds')?.snippet).toBe('assessedNeeds:\n    - domain: $1\n      level: $2');
  });

  it('offers codes valid on the document’s dates, by label, inserting the code', () => {
    const found = complete(AGREEMENT, 'placingAuthority: ', 18);
    expect(found.find((c) => c.label === 'Leeds')).toMatchObject({ kind: 'code', insertText: 'E08000035', description: 'E08000035' });
    expect(found.filter((c) => c.label === 'Buckinghamshire').map((c) => c.insertText)).toEqual(['E10000002']);
  });

  it('offers ids of documents of the kind referred to, and items in scope', () => {
    expect(complete(AGREEMENT, 'provider: ', 10).map((c) => c.label)).toEqual(['rose-fostering']);
    const lots = complete(AGREEMENT, 'lot:  }', 5);
    expect(lots.map((c) => [c.label, c.detail])).toEqual([
      ['lot-1', 'Standard'],
      ['lot-2', 'Enhanced'],
    ]);
  });

  it('offers enum values in flow mappings, and the envelope of a new document', () => {
    const text = AGREEMENT.replace('type: framework-call-off', 'type: ');
    expect(complete(text, 'type: ,', 6).map((c) => c.label)).toContain('spot');
    const empty = 'ap';
    const workspace = workspaceOf({ ...FILES, 'file:///ws/new.yaml': empty });
    expect(completionsAt(workspace, 'file:///ws/new.yaml', empty, { line: 0, character: 2 }).map((c) => c.label)).toEqual([
      'apiVersion',
      'kind',
      'metadata',
      'spec',
    ]);
    const kinds = completionsAt(workspace, 'file:///ws/new.yaml', 'apiVersion: nof/v1\nkind: ', { line: 1, character: 6 }).map(
      (c) => c.label,
    );
    expect(kinds).toContain('Consortium');
  });
});
