import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../schema/registry.js';
import { validateText } from '../validate.js';
import { loosenings } from './loosening.js';
import { applyMergePatch } from './merge-patch.js';
import { NodeHost } from '../node/host.js';
import { Project } from '../workspace/project.js';
import { readProfiles, profileResults, type ProfileCatalog } from './profiles.js';

const host = new NodeHost();
const loadProfiles = (folder: string, registry: SchemaRegistry): Promise<ProfileCatalog> => readProfiles(host, folder, registry);

const registry = SchemaRegistry.shipped();
const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));

describe('applyMergePatch (RFC 7396)', () => {
  it('merges objects, deletes with null and replaces arrays', () => {
    expect(applyMergePatch({ a: 'b', c: { d: 'e', f: 'g' }, l: [1, 2] }, { a: 'z', c: { f: null }, l: [3] })).toEqual({
      a: 'z',
      c: { d: 'e' },
      l: [3],
    });
    expect(applyMergePatch({ a: 'b' }, ['c'])).toEqual(['c']);
    expect(applyMergePatch('x', { a: { b: null, c: 1 } })).toEqual({ a: { c: 1 } });
  });
});

describe('loosenings', () => {
  const base = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type'],
    properties: {
      id: { type: 'string', maxLength: 100 },
      type: { enum: ['a', 'b'] },
      places: { type: 'integer', minimum: 0 },
    },
  };

  it('accepts new properties and constraints', () => {
    const patch = {
      required: ['id', 'type', 'area'],
      properties: { area: { type: 'string' }, type: { enum: ['a'] }, id: { maxLength: 50, pattern: '^x' }, places: { minimum: 1 } },
    };
    expect(loosenings(base, patch)).toEqual([]);
  });

  it.each([
    ['a dropped required', { required: ['id'] }, '/required', 'drops national required `["type"]`'],
    ['a deleted property', { properties: { places: null } }, '/properties/places', 'deletes the national `places`'],
    [
      'a widened type',
      { properties: { places: { type: ['integer', 'string'] } } },
      '/properties/places/type',
      'widens the type with `["string"]`',
    ],
    ['a widened enum', { properties: { type: { enum: ['a', 'b', 'c'] } } }, '/properties/type/enum', 'adds `["c"]`'],
    ['an opened object', { additionalProperties: true }, '/additionalProperties', 'sets `additionalProperties` to `true`'],
    ['a relaxed bound', { properties: { id: { maxLength: 200 } } }, '/properties/id/maxLength', 'relaxes `maxLength` from `100` to `200`'],
    ['a removed keyword', { properties: { id: { type: null } } }, '/properties/id/type', 'removes the national `type`'],
    ['a replaced schema', { properties: { id: true } }, '/properties/id', 'replaces a national schema'],
  ])('refuses %s', (_name, patch, path, message) => {
    const found = loosenings(base, patch);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe(path);
    expect(found[0]!.message).toContain(message);
  });
});

describe('profiles in a workspace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nof-profiles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'profiles'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'nof.config.yaml'), 'asOf: 2015-06-01\n');
  const peninsula = readFileSync(join(examples, 'profiles/peninsula.profile.json'), 'utf8');
  writeFileSync(join(dir, 'profiles/peninsula.profile.json'), peninsula);
  // Loosens: `localAuthority` may be left out after all, and settings may carry anything.
  writeFileSync(
    join(dir, 'profiles/lax.profile.json'),
    [
      '{',
      '  "id": "lax",',
      '  "title": "Too lax",',
      '  "patches": {',
      '    "nof/v1": {',
      '      "ProviderProfile": {',
      '        "$defs": { "setting": { "required": ["id", "name"], "additionalProperties": true } }',
      '      }',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const provider = readFileSync(join(examples, 'providers/tamar-crossing-fostering.yaml'), 'utf8');
  let profiles: ProfileCatalog;
  beforeAll(async () => {
    profiles = await loadProfiles(join(dir, 'profiles'), registry);
  });
  const check = (text: string) => validateText(text, join(dir, 'docs/provider.yaml'), { profiles: [profiles] }).diagnostics;

  it('rejects a loosening profile with diagnostics located in the profile file', async () => {
    const [lax] = profileResults(await loadProfiles(join(dir, 'profiles'), registry));
    expect(lax!.uri).toBe(join(dir, 'profiles/lax.profile.json'));
    expect(lax!.diagnostics.map((d) => [d.code, d.path, d.range.start.line])).toEqual([
      ['profile/loosens', '/patches/nof~1v1/ProviderProfile/$defs/setting/required', 6],
      ['profile/loosens', '/patches/nof~1v1/ProviderProfile/$defs/setting/additionalProperties', 6],
    ]);
    expect(lax!.diagnostics[0]!.message).toContain('drops national required `["ofstedUrn","type"]`');
  });

  it('checks a document against the national schema merged with its profile', () => {
    expect(check(provider)).toEqual([]);
    const outside = check(provider.replace('localAuthority: E06000027  # Torbay', 'localAuthority: E08000032'));
    expect(outside.map((d) => [d.code, d.path])).toEqual([['schema/enum', '/spec/settings/1/localAuthority']]);
    const missing = check(provider.replace('      localAuthority: E06000027  # Torbay\n', ''));
    expect(missing.map((d) => [d.code, d.path])).toEqual([['schema/required', '/spec/settings/1/localAuthority']]);
  });

  it('leaves documents without the profile to the national schema', () => {
    expect(
      check(provider.replace('  profiles: [peninsula]\n', '').replace('localAuthority: E06000027  # Torbay', 'localAuthority: E08000032')),
    ).toEqual([]);
  });

  it('reports an unknown or rejected profile on the document, pointing at the profile file', () => {
    const unknown = check(provider.replace('profiles: [peninsula]', 'profiles: [peninsular]'));
    expect(unknown).toMatchObject([
      { code: 'profile/unknown', path: '/metadata/profiles/0', message: expect.stringContaining('Did you mean `peninsula`?') },
    ]);
    const rejected = check(provider.replace('profiles: [peninsula]', 'profiles: [lax]'));
    expect(rejected).toMatchObject([
      {
        code: 'profile/rejected',
        path: '/metadata/profiles/0',
        related: [{ uri: join(dir, 'profiles/lax.profile.json'), range: { start: { line: 6 } } }],
      },
    ]);
  });

  it('still checks a document naming an unknown or rejected profile, against the national schema and the profiles it can use', () => {
    const broken = provider.replace('type: independent-fostering-agency', 'type: fostering-agency');
    for (const profiles of ['[peninsular]', '[lax]']) {
      const found = check(broken.replace('profiles: [peninsula]', `profiles: ${profiles}`));
      expect(found.map((d) => d.code)).toEqual([expect.stringMatching(/^profile\/(unknown|rejected)$/), 'schema/enum']);
    }
    // The rejected profile's loosening is not applied: a setting without its type is still an error.
    const untyped = check(provider.replace('profiles: [peninsula]', 'profiles: [lax]').replace(/\n {6}type: [a-z-]+/, ''));
    expect(untyped.map((d) => d.code)).toEqual(['profile/rejected', 'schema/required']);
    // Peninsula still applies beside an unknown profile: a setting outside the South West is reported.
    const both = check(
      provider
        .replace('profiles: [peninsula]', 'profiles: [peninsular, peninsula]')
        .replace('localAuthority: E06000027  # Torbay', 'localAuthority: E08000032'),
    );
    expect(both.map((d) => [d.code, d.path])).toEqual([
      ['profile/unknown', '/metadata/profiles/0'],
      ['schema/enum', '/spec/settings/1/localAuthority'],
    ]);
  });

  it('reports a profile file of the wrong shape where the problem is', async () => {
    writeFileSync(
      join(dir, 'profiles/odd.profile.json'),
      '{\n  "id": "other",\n  "title": "Odd",\n  "patches": { "nof/v1": { "Consortia": {} } }\n}\n',
    );
    const odd = profileResults(await loadProfiles(join(dir, 'profiles'), registry)).find((r) => r.uri.endsWith('odd.profile.json'));
    expect(odd!.diagnostics.map((d) => [d.path, d.range.start.line])).toEqual([
      ['/id', 1],
      ['/patches/nof~1v1/Consortia', 3],
    ]);
  });

  it('is held by a workspace in memory, read again only when its host says a profile changed', async () => {
    const uri = join(dir, 'docs/provider.yaml');
    writeFileSync(uri, provider.replace('localAuthority: E06000027  # Torbay', 'localAuthority: E08000032'));
    const project = new Project({ host });
    await project.load([dir]);
    const codes = () => project.workspace.diagnostics(uri).diagnostics.map((d) => d.code);
    expect(codes()).toEqual(['schema/enum']);
    const profile = join(dir, 'profiles/peninsula.profile.json');
    rmSync(profile);
    expect(codes()).toEqual(['schema/enum']);
    await project.changed([{ uri: profile, type: 'deleted' }]);
    expect(codes()).toEqual(['profile/unknown']);
    writeFileSync(profile, peninsula);
    await project.changed([{ uri: profile, type: 'created' }]);
    expect(codes()).toEqual(['schema/enum']);
    rmSync(uri);
  });
});

describe('the example Peninsula profile', () => {
  it('is accepted', async () => {
    expect(profileResults(await loadProfiles(join(examples, 'profiles'), registry))).toEqual([]);
  });
});
