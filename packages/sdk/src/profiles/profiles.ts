import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findConfigFile } from '../config/config.js';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { formatPointer } from '../parse/json-pointer.js';
import { parseText } from '../parse/parse-text.js';
import type { JsonSchema } from '@nof/schemas';
import type { SchemaRegistry } from '../schema/registry.js';
import { loosenings } from './loosening.js';
import { isRecord } from '../model/is-record.js';

/** Where profiles live: `profiles/` beside the workspace's nof.config.yaml. */
export const PROFILES_FOLDER = 'profiles';
/** A profile file's name ends so: `peninsula.profile.json` holds the profile `peninsula`. */
export const PROFILE_SUFFIX = '.profile.json';
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A local profile: merge patches over national kind schemas, by API version and kind. */
export interface Profile {
  id: string;
  /** The profile file's path, for locating problems. */
  file: string;
  title: string;
  /** `patches[apiVersion][kind]`: a JSON Merge Patch over that kind's schema. */
  patches: Record<string, Record<string, Record<string, unknown>>>;
  /** Where each problem with the file is; a profile with errors is rejected, not applied. */
  diagnostics: Diagnostic[];
}

/** The profiles of one folder, read once per change of its files. */
export interface ProfileCatalog {
  folder: string;
  profiles: Map<string, Profile>;
}

const catalogs = new Map<string, { signature: string; catalog: ProfileCatalog }>();

/**
 * The profiles governing a document: those in the `profiles/` folder beside the nof.config.yaml
 * at or above it (or beside the document when there is none). Re-read when a file changes.
 */
export function profilesFor(uri: string, registry: SchemaRegistry): ProfileCatalog {
  const path = uri.startsWith('file:') ? fileURLToPath(uri) : isAbsolute(uri) ? uri : resolve(uri);
  const config = findConfigFile(dirname(path));
  return loadProfiles(join(config ? dirname(config) : dirname(path), PROFILES_FOLDER), registry);
}

/** Every `*.profile.json` in a folder, checked (shape, and that no patch loosens a national rule). */
export function loadProfiles(folder: string, registry: SchemaRegistry): ProfileCatalog {
  let files: string[];
  try {
    files = readdirSync(folder)
      .filter((f) => f.endsWith(PROFILE_SUFFIX))
      .sort();
  } catch {
    files = [];
  }
  const signature = files.map((f) => `${f}@${mtime(join(folder, f))}`).join('|');
  const cached = catalogs.get(folder);
  if (cached?.signature === signature) return cached.catalog;
  const profiles = new Map<string, Profile>();
  for (const name of files) {
    const profile = readProfile(join(folder, name), name.slice(0, -PROFILE_SUFFIX.length), registry);
    profiles.set(profile.id, profile);
  }
  const catalog = { folder, profiles };
  catalogs.set(folder, { signature, catalog });
  return catalog;
}

/** The profile files' own problems, one result per file with any: for `validate` to report. */
export function profileResults(catalog: ProfileCatalog): FileResult[] {
  return [...catalog.profiles.values()].filter((p) => p.diagnostics.length).map((p) => ({ uri: p.file, diagnostics: p.diagnostics }));
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** Reads and checks one profile file; JSON is YAML 1.2, so the YAML parser gives every position. */
function readProfile(file: string, id: string, registry: SchemaRegistry): Profile {
  const profile: Profile = { id, file, title: id, patches: {}, diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    profile.diagnostics.push({
      severity: 'error',
      code: 'profile/invalid',
      path: '',
      range,
      message: `The profile could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
    });
    return profile;
  }
  const parsed = parseText(text, file);
  for (const problem of parsed.diagnostics) if (problem.severity === 'error') profile.diagnostics.push(problem);
  const doc = parsed.documents[0];
  if (!doc || profile.diagnostics.length) return profile;
  const problem = (path: string, message: string, code = 'profile/invalid') =>
    profile.diagnostics.push({ severity: 'error', code, path, range: doc.rangeOf(path), message });
  const value = doc.value;
  if (!isRecord(value)) {
    problem('', 'A profile is a JSON object with `id`, `title` and `patches`.');
    return profile;
  }
  if (value.id !== id || !ID.test(id))
    problem('/id', `The profile's \`id\` must be \`${id}\`, the file's name before ${PROFILE_SUFFIX}, in kebab-case.`);
  if (typeof value.title === 'string' && value.title) profile.title = value.title;
  else problem('/title', 'Give the profile a `title` saying whose local rules it holds.');
  for (const key of Object.keys(value).filter((k) => !['$schema', 'id', 'title', 'description', 'patches'].includes(k))) {
    problem(`/${key}`, `Unknown property \`${key}\`: a profile has \`id\`, \`title\`, \`description\` and \`patches\`.`);
  }
  if (!isRecord(value.patches)) {
    problem(
      '/patches',
      '`patches` maps an API version to kinds, each with a JSON Merge Patch over that kind\'s schema, e.g. {"nof/v1": {"ProviderProfile": {...}}}.',
    );
    return profile;
  }
  for (const [apiVersion, kinds] of Object.entries(value.patches)) {
    checkVersion(registry, apiVersion, kinds, profile, problem);
  }
  return profile;
}

function checkVersion(
  registry: SchemaRegistry,
  apiVersion: string,
  kinds: unknown,
  profile: Profile,
  problem: (path: string, message: string, code?: string) => void,
): void {
  const at = formatPointer(['patches', apiVersion]);
  if (!registry.apiVersions().includes(apiVersion)) {
    problem(at, `Unknown API version \`${apiVersion}\` (known: ${registry.apiVersions().join(', ')}).`);
    return;
  }
  if (!isRecord(kinds)) {
    problem(at, `Map each kind of ${apiVersion} to a merge patch over its schema.`);
    return;
  }
  for (const [kind, patch] of Object.entries(kinds)) {
    const base = registry.getSchemaFor(apiVersion, kind);
    const kindAt = `${at}${formatPointer([kind])}`;
    if (!base) problem(kindAt, `${apiVersion} has no kind \`${kind}\` (known: ${registry.kinds(apiVersion).join(', ')}).`);
    else if (!isRecord(patch)) problem(kindAt, 'A patch over a kind schema is a JSON object.');
    else {
      const found = loosenings(base, patch);
      for (const l of found)
        problem(kindAt + l.path, `This profile would loosen the national ${kind} schema: it ${l.message}`, 'profile/loosens');
      const broken = found.length ? undefined : compileError(registry, base, profile.file, patch);
      if (broken) problem(kindAt, `The ${kind} schema with this patch does not compile: ${broken}`);
      else if (found.length === 0) profile.patches[apiVersion] = { ...profile.patches[apiVersion], [kind]: patch };
    }
  }
}

/** Why the national schema merged with a patch cannot be compiled (an unknown keyword, a bad pattern...), if it cannot. */
function compileError(registry: SchemaRegistry, base: JsonSchema, file: string, patch: Record<string, unknown>): string | undefined {
  try {
    registry.validatorFor(registry.withPatches(base, `${file}\u0000${JSON.stringify(patch)}`, [patch]));
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/^\S+: /, '');
  }
}
