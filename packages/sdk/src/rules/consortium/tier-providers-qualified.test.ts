import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import { whiteRose } from './_fixtures.js';
import rule from './tier-providers-qualified.js';

const consortium = whiteRose(`- id: ifa
  type: framework-agreement
  lots:
    - id: standard
      name: Standard
      tiers: [{ id: tier-1, rank: 1, providers: [fictional-fostering, no-profile-fostering] }]
- id: tees
  type: framework-agreement
  tiers: [{ id: tier-2, rank: 2, providers: [fictional-fostering] }]`);

const profile = (arrangements: string) =>
  documentYaml(
    'ProviderProfile',
    'fictional-fostering',
    `organisation: { legalName: Fictional Fostering Ltd, type: independent-fostering-agency }\nsettings: []\narrangements: ${arrangements}`,
  );

const run = (arrangements: string) =>
  runRule(rule, { files: { 'consortium.yaml': consortium, 'profile.yaml': profile(arrangements) } }).map((d) => [
    d.path,
    d.severity,
    d.message,
    d.related?.[0]?.uri,
  ]);

describe('consortium/tier-providers-qualified', () => {
  it('passes profiles that agree on lot and tier, and providers without a profile', () => {
    expect(
      run(`
  - { consortium: white-rose, arrangement: ifa, lots: [standard], tierRank: 1 }
  - { consortium: white-rose, arrangement: tees, tierRank: 2 }`),
    ).toEqual([]);
  });

  it('warns when the profile gives another tier or lot, or does not list the arrangement', () => {
    expect(run('[{ consortium: white-rose, arrangement: ifa, lots: [standard], tierRank: 2 }]')).toEqual([
      [
        '/spec/arrangements/0/lots/0/tiers/0/providers/0',
        'warning',
        'Provider "fictional-fostering" is listed on tier 1 of lot "standard" of arrangement "ifa", but its provider profile puts it on tier 2 on lot standard.',
        'profile.yaml',
      ],
      [
        '/spec/arrangements/1/tiers/0/providers/0',
        'warning',
        'Provider "fictional-fostering" is listed on tier 2 of arrangement "tees", but its provider profile does not list this arrangement.',
        'profile.yaml',
      ],
    ]);
  });
});
