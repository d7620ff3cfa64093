import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { errorCode, unreadable, type Host } from '../host/host.js';
import { CONFIG_FILE, NofFiles, PROFILE_FILES, PROFILE_SUFFIX, type FileSelection } from '../host/selection.js';
import { baseName, joinUri, parentOf, relativeUri } from '../host/uri.js';
import { formatPointer } from '../parse/json-pointer.js';
import { parseText } from '../parse/parse-text.js';
import type { JsonSchema } from '@nof/schemas';
import type { SchemaRegistry } from '../schema/registry.js';
import { loosenings } from './loosening.js';
import { isRecord } from '../model/is-record.js';

/** Where profiles live: `profiles/` beside the workspace's nof.config.yaml. */
export const PROFILES_FOLDER = 'profiles';
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

/** No profiles: what a document is checked with when nothing has loaded any. */
export function noProfiles(folder = PROFILES_FOLDER): ProfileCatalog {
  return { folder, profiles: new Map() };
}

/**
 * The profiles a document follows: the catalog beside the nearest nof.config.yaml at or above
 * it (the one with the longest folder holding the document). Undefined when none is.
 */
export function catalogFor(uri: string, catalogs: readonly ProfileCatalog[]): ProfileCatalog | undefined {
  let best: ProfileCatalog | undefined;
  for (const catalog of catalogs) {
    const owner = parentOf(catalog.folder);
    if (relativeUri(owner, uri) !== undefined && (!best || owner.length > parentOf(best.folder).length)) best = catalog;
  }
  return best;
}

/**
 * Every profiles folder of a workspace, read through the host: the one beside its governing
 * nof.config.yaml (or in its first root), and the one beside each nof.config.yaml found below
 * the roots, so each document follows the profiles of the config nearest to it.
 */
export async function readWorkspaceProfiles(
  host: Host,
  roots: readonly string[],
  configPath: string | undefined,
  registry: SchemaRegistry,
): Promise<ProfileCatalog[]> {
  const owners = new Set<string>([configPath === undefined ? (roots[0] ?? '.') : parentOf(configPath)]);
  const configs: FileSelection = { takesFolder: (uri) => NOF_FOLDERS.takesFolder(uri), takesFile: (uri) => baseName(uri) === CONFIG_FILE };
  for (const root of roots) for (const file of (await host.findFiles(root, configs)).files) owners.add(parentOf(file));
  return Promise.all([...owners].map((owner) => readProfiles(host, joinUri(owner, PROFILES_FOLDER), registry)));
}

/** Folders a search for configs enters: those any search enters (no node_modules, nothing hidden). */
const NOF_FOLDERS = new NofFiles('/');

/**
 * Every `*.profile.json` of a folder, read through the host and checked (shape, and that no
 * patch loosens a national rule). A workspace holds the result and reads it again only when
 * its host says a profile changed.
 */
export async function readProfiles(host: Host, folder: string, registry: SchemaRegistry): Promise<ProfileCatalog> {
  const profiles = new Map<string, Profile>();
  const { files } = await host.findFiles(folder, PROFILE_FILES);
  for (const file of files) {
    const id = baseName(file).slice(0, -PROFILE_SUFFIX.length);
    let profile: Profile;
    try {
      profile = parseProfile(await host.readFile(file), file, id, registry);
    } catch (error) {
      const problem = { ...unreadable('file', errorCode(error)), code: 'profile/invalid' };
      profile = { id, file, title: id, patches: {}, diagnostics: [problem] };
    }
    profiles.set(profile.id, profile);
  }
  return { folder, profiles };
}

/** The profile files' own problems, one result per file with any: for `validate` to report. */
export function profileResults(catalog: ProfileCatalog): FileResult[] {
  return [...catalog.profiles.values()].filter((p) => p.diagnostics.length).map((p) => ({ uri: p.file, diagnostics: p.diagnostics }));
}

/** Checks one profile file's text; JSON is YAML 1.2, so the YAML parser gives every position. */
export function parseProfile(text: string, file: string, id: string, registry: SchemaRegistry): Profile {
  const profile: Profile = { id, file, title: id, patches: {}, diagnostics: [] };
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
