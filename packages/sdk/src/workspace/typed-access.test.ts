import { describe, expect, it } from 'vitest';
import { redact } from '../privacy/redact.js';
import { documentYaml } from '../rules/testing.js';
import { Workspace } from './workspace.js';

const CONSORTIUM = documentYaml(
  'Consortium',
  'white-rose',
  `type: regional\nmembers: [{ authority: E08000035 }]\narrangements:\n  - id: ifa-2015\n    name: IFA framework 2015\n    type: framework-agreement\n    lots: [{ id: lot-1-standard, name: Standard fostering }]`,
);
const PROVIDER = documentYaml(
  'ProviderProfile',
  'fictional',
  'organisation: { legalName: Fictional Fostering Ltd, type: independent-fostering-agency }\nsettings:\n  - { id: north, name: North office, type: independent-fostering-agency, ofstedUrn: SC900404 }',
);
const agreement = (route: string) =>
  documentYaml(
    'PlacementAgreement',
    'ipa-1',
    `child: { localReference: LC-1, ageAtStart: 9, name: Sam }\nplacingAuthority: E08000035\nprovider: fictional\nsetting: { ofstedUrn: SC900404 }\nroute: ${route}\nplacementType: U4\nstartDate: 2015-01-05\nfees: { weeklyFee: { amount: 800, per: week } }`,
  );
const ROUTE = '{ type: framework-call-off, consortium: white-rose, arrangement: ifa-2015, lot: lot-1-standard }';

function workspaceOf(files: Record<string, string>): Workspace {
  const workspace = new Workspace({ asOf: '2015-06-01' });
  for (const [uri, text] of Object.entries(files)) workspace.set(uri, text);
  return workspace;
}

describe('typed access for vendors', () => {
  it('gets a document by kind and id, typed and version-aware, and lists a kind', () => {
    const workspace = workspaceOf({ 'c.yaml': CONSORTIUM, 'p.yaml': PROVIDER, 'a.yaml': agreement(ROUTE) });
    expect(workspace.diagnostics('a.yaml').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const found = workspace.get('PlacementAgreement', 'ipa-1');
    expect(found?.apiVersion).toBe('nof/v1');
    if (found?.apiVersion !== 'nof/v1') throw new Error('expected a v1 agreement');
    expect(found.value.spec.fees.weeklyFee.amount).toBe(800);
    expect(workspace.get('PlacementAgreement', 'ipa-2')).toBeUndefined();
    // The kind is part of the key: a consortium's id does not find a provider.
    expect(workspace.get('ProviderProfile', 'white-rose')).toBeUndefined();
    expect(workspace.all('Consortium').map((d) => d.value.metadata.id)).toEqual(['white-rose']);
  });

  it('resolves reference fields to what they name, through the schema annotations', () => {
    const workspace = workspaceOf({ 'c.yaml': CONSORTIUM, 'p.yaml': PROVIDER, 'a.yaml': agreement(ROUTE) });
    const ipa = workspace.get('PlacementAgreement', 'ipa-1')!;
    const arrangement = workspace.resolve(ipa, '/spec/route/arrangement');
    expect(arrangement).toMatchObject({
      status: 'resolved',
      kind: 'Consortium',
      id: 'ifa-2015',
      targetPointer: '/spec/arrangements/0',
      name: 'IFA framework 2015',
    });
    expect(arrangement?.status === 'resolved' && arrangement.document.kind).toBe('Consortium');
    expect(workspace.resolve(ipa, '/spec/route/lot')).toMatchObject({ status: 'resolved', name: 'Standard fostering' });
    // An item found by another key than its id: the provider's setting by its Ofsted URN.
    expect(workspace.resolve(ipa, '/spec/setting/ofstedUrn')).toMatchObject({
      status: 'resolved',
      targetPointer: '/spec/settings/0',
      name: 'North office',
    });
    const provider = workspace.resolve(ipa, '/spec/provider');
    expect(provider).toMatchObject({ status: 'resolved', targetPointer: '', name: 'fictional' });
    if (provider?.status !== 'resolved' || provider.document.kind !== 'ProviderProfile') throw new Error('expected the provider');
    expect(provider.document.value.spec.organisation.legalName).toBe('Fictional Fostering Ltd');
    // No reference there: not an id field, or not written.
    expect(workspace.resolve(ipa, '/spec/placingAuthority')).toBeUndefined();
    expect(workspace.referencesFrom(ipa).map((r) => [r.pointer, r.status])).toEqual([
      ['/spec/provider', 'resolved'],
      ['/spec/setting/ofstedUrn', 'resolved'],
      ['/spec/route/consortium', 'resolved'],
      ['/spec/route/arrangement', 'resolved'],
      ['/spec/route/lot', 'resolved'],
    ]);
  });

  it('says why a reference leads nowhere: missing, a target with errors, or an enclosing id not found', () => {
    const broken = CONSORTIUM.replace('type: regional', 'type: 42');
    const workspace = workspaceOf({ 'c.yaml': broken, 'a.yaml': agreement(ROUTE) });
    // A document with schema errors is not handed out typed; the workspace says it exists with errors.
    expect(workspace.get('Consortium', 'white-rose')).toBeUndefined();
    expect(workspace.hasErrors('Consortium', 'white-rose')).toBe(true);
    expect(workspace.documents().some((d) => d.id === 'white-rose')).toBe(true);
    const ipa = workspace.get('PlacementAgreement', 'ipa-1')!;
    expect(workspace.referencesFrom(ipa).map((r) => [r.pointer, r.status])).toEqual([
      ['/spec/provider', 'missing'],
      ['/spec/setting/ofstedUrn', 'not-named'],
      ['/spec/route/consortium', 'target-has-errors'],
      ['/spec/route/arrangement', 'target-has-errors'],
      ['/spec/route/lot', 'target-has-errors'],
    ]);
    const other = workspaceOf({ 'c.yaml': CONSORTIUM, 'a.yaml': agreement(ROUTE.replace('ifa-2015', 'ifa-2099')) });
    const refs = other.referencesFrom(other.get('PlacementAgreement', 'ipa-1')!);
    expect(refs.map((r) => r.status)).toEqual(['missing', 'not-named', 'resolved', 'missing', 'not-named']);
  });

  it('redacts a typed document into a value of the same type', () => {
    const workspace = workspaceOf({ 'a.yaml': agreement(ROUTE) });
    const ipa = workspace.get('PlacementAgreement', 'ipa-1')!;
    const { value, removed } = redact(ipa);
    expect(removed).toEqual(['/spec/child/name']);
    // Typed as the agreement's value: its fields read without casts.
    expect(value.spec.child).toEqual({ localReference: 'LC-1', ageAtStart: 9 });
  });
});
