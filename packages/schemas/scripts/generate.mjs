// Derives everything @nof/schemas ships from the top-level schemas/ folder:
// the schemas and codelists as a module (src/bundled/data.ts, which the runtime imports, so no
// file is read from the package folder), a copy of the files (data/, for editors and tools that
// want paths) and TypeScript types (src/generated/).
// The build writes the module and the copy; `--types` regenerates the committed types, which a
// test checks are current.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const source = join(pkg, '..', '..', 'schemas');
const generated = join(pkg, 'src', 'generated');
const BANNER = '/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */';

/** The kind schemas of each version folder (v1, v2, ...), as [version, file, schema]. */
function kindSchemas() {
  const out = [];
  for (const version of readdirSync(source)
    .filter((d) => /^v[0-9]+$/.test(d))
    .sort()) {
    for (const file of readdirSync(join(source, version))
      .filter((f) => f.endsWith('.schema.json'))
      .sort()) {
      const schema = JSON.parse(readFileSync(join(source, version, file), 'utf8'));
      out.push([version, file, schema]);
    }
  }
  return out;
}

/** Where a $ref points into the shared definitions: `common.schema.json#/$defs/<key>` (from any version folder). */
const COMMON_REF = /(?:^|\/)common\.schema\.json#\/\$defs\/([A-Za-z0-9]+)$/;

/** The TypeScript name of a shared definition: its title, as json-schema-to-typescript would spell it. */
function typeName(title) {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/**
 * The shared definitions of a common.schema.json as TypeScript names, by $defs key. Every kind
 * imports them from one module instead of declaring them again.
 */
function commonNames(common) {
  return new Map(Object.entries(common.$defs).map(([key, def]) => [key, typeName(def.title ?? key)]));
}

/** A schema with each $ref into the shared definitions replaced by the name of its type in the common module. */
function withCommonTypes(node, names) {
  if (Array.isArray(node)) return node.map((n) => withCommonTypes(n, names));
  if (typeof node !== 'object' || node === null) return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withCommonTypes(v, names)]));
  const key = typeof out.$ref === 'string' ? COMMON_REF.exec(out.$ref)?.[1] : undefined;
  if (key === undefined) return out;
  const { $ref, ...rest } = out;
  return { ...rest, tsType: `common.${names.get(key)}` };
}

/**
 * Resolves the schemas' relative $refs from disk, so nothing is ever fetched. A ref may reach
 * into another version's folder (v2 reuses v1's definitions: `../v1/placement-agreement.schema.json`).
 */
function localResolver(version, names) {
  return {
    order: 1,
    canRead: true,
    read(file) {
      const [folder, name] = String(file.url).split('#')[0].split('/').slice(-2);
      const path = join(source, /^v[0-9]+$/.test(folder) ? folder : version, name);
      // The ref parser resolves a file's own `#/...` refs against the wrong file when it reaches
      // them through a ref into a third file; naming the file in them makes them unambiguous.
      const text = readFileSync(path, 'utf8').replaceAll('"$ref": "#/', `"$ref": "${path}#/`);
      return JSON.stringify(withCommonTypes(JSON.parse(text), names));
    },
  };
}

const OPTIONS = {
  bannerComment: '',
  additionalProperties: false,
  unreachableDefinitions: false,
  format: true,
  style: { singleQuote: true, printWidth: 110 },
};

export async function renderTypes() {
  const files = new Map();
  const index = [];
  const documents = [];
  const common = new Map();
  for (const [version, file, schema] of kindSchemas()) {
    if (file !== 'common.schema.json') continue;
    const names = commonNames(schema);
    common.set(version, names);
    // Each definition titled with its type name, so that the module declares exactly those names.
    const $defs = Object.fromEntries(Object.entries(schema.$defs).map(([key, def]) => [key, { ...tidy(def), title: names.get(key) }]));
    const every = {
      description: "Every shared definition, by its key in common.schema.json's $defs: the kinds' types refer to them here.",
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.keys($defs).map((key) => [key, { $ref: `#/$defs/${key}` }])),
      $defs,
    };
    const ts = await compile(every, 'Common', OPTIONS);
    files.set(join(version, 'common.ts'), `${BANNER}\n${ts}`);
    index.push(`export type * as ${version}_common from './${version}/common.js';`);
  }
  for (const [version, file, schema] of kindSchemas()) {
    if (file === 'common.schema.json') continue;
    const base = file.replace('.schema.json', '');
    // A version without its own shared definitions uses the newest earlier version's (v2 reuses v1's).
    const from = [...common.keys()].filter((v) => Number(v.slice(1)) <= Number(version.slice(1))).pop();
    const names = common.get(from);
    const ts = await compile(tidy(withCommonTypes(schema, names)), schema.title ?? base, {
      ...OPTIONS,
      cwd: join(source, version),
      $refOptions: { resolve: { http: false, file: false, nof: localResolver(version, names) } },
    });
    const modulePath = from === version ? './common.js' : `../${from}/common.js`;
    files.set(join(version, `${base}.ts`), `${BANNER}\nimport type * as common from '${modulePath}';\n${ts}`);
    const namespace = `${version}_${base.replace(/-([a-z])/g, (_, c) => c.toUpperCase())}`;
    index.push(`export type * as ${namespace} from './${version}/${base}.js';`);
    documents.push({
      ...identity(schema, file, version),
      type: `${namespace}.${rootType(schema, ts, file)}`,
      namespace,
      module: `./${version}/${base}.js`,
    });
  }
  files.set('index.ts', `${BANNER}\n${index.sort().join('\n')}\n`);
  files.set('documents.ts', documentsModule(documents));
  return files;
}

/** The `apiVersion` and `kind` a kind schema fixes with `const` (the envelope every kind schema has). */
function identity(schema, file, version) {
  const apiVersion = schema.properties?.apiVersion?.const;
  const kind = schema.properties?.kind?.const;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string')
    throw new Error(`${version}/${file}: a kind schema fixes \`apiVersion\` and \`kind\` with \`const\` (schemas/README.md)`);
  return { apiVersion, kind };
}

/** The name json-schema-to-typescript gave the document's own type (its title's words), checked against what it wrote. */
function rootType(schema, ts, file) {
  const name = typeName(schema.title ?? file.replace('.schema.json', ''));
  if (!new RegExp(`^export (interface|type) ${name}\\b`, 'm').test(ts))
    throw new Error(`${file}: no type ${name} was generated for the document`);
  return name;
}

/**
 * The module that ties the types to documents: `DocumentTypes` (the value of a schema-valid document
 * by kind and apiVersion, so that `(kind, apiVersion)` discriminates a union) and, as data, the
 * apiVersions each kind has a schema in.
 */
function documentsModule(documents) {
  const number = (apiVersion) => Number(apiVersion.replace(/^.*\/v/, ''));
  documents.sort((a, b) => number(a.apiVersion) - number(b.apiVersion));
  const kinds = [...new Set(documents.map((d) => d.kind))].sort();
  const versions = [...new Set(documents.map((d) => d.apiVersion))];
  const of = (kind) => documents.filter((d) => d.kind === kind);
  const imports = documents.map((d) => `import type * as ${d.namespace} from '${d.module}';`).sort();
  const types = kinds.map(
    (k) =>
      `  ${k}: { ${of(k)
        .map((d) => `'${d.apiVersion}': ${d.type}`)
        .join('; ')} };`,
  );
  const data = kinds.map(
    (k) =>
      `  ${k}: [${of(k)
        .map((d) => `'${d.apiVersion}'`)
        .join(', ')}],`,
  );
  return `${BANNER}
${imports.join('\n')}

/** The value of a schema-valid document, by kind and apiVersion. */
export interface DocumentTypes {
${types.join('\n')}
}

/** Every apiVersion NOF has schemas for, oldest first. */
export const API_VERSIONS = [${versions.map((v) => `'${v}'`).join(', ')}] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

/** The apiVersions each kind has a schema in, oldest first. */
export const KIND_VERSIONS = {
${data.join('\n')}
} as const satisfies { [K in keyof DocumentTypes]: ReadonlyArray<keyof DocumentTypes[K]> };
`;
}

/** Copies schemas/ into the package's data/ folder: files for editors' `$schema` and the schema tools (every build). */
function copyData() {
  rmSync(join(pkg, 'data'), { recursive: true, force: true });
  // The JSON files only: the Markdown (READMEs, the generated reference in docs/) is read in the repository.
  const wanted = (p) => relative(source, p) === '' || (!p.endsWith('.md') && relative(source, p) !== 'docs');
  cpSync(source, join(pkg, 'data'), { recursive: true, filter: wanted });
}

const jsonFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

/**
 * The module the runtime reads the schemas and codelists from (every build): the JSON as string
 * literals given to JSON.parse, which engines read faster than object literals and bundlers
 * (esbuild for a browser or a single-file program) carry like any other code.
 */
export function renderBundledData() {
  const schemas = [];
  for (const version of readdirSync(source)
    .filter((d) => /^v[0-9]+$/.test(d))
    .sort()) {
    for (const file of jsonFiles(join(source, version)).filter((f) => f.endsWith('.schema.json'))) {
      schemas.push({ file: `${version}/${file}`, schema: JSON.parse(readFileSync(join(source, version, file), 'utf8')) });
    }
  }
  const codelists = jsonFiles(join(source, 'codelists'))
    .filter((f) => !f.endsWith('.schema.json'))
    .map((f) => JSON.parse(readFileSync(join(source, 'codelists', f), 'utf8')));
  const json = (name) => JSON.parse(readFileSync(join(source, name), 'utf8'));
  // ASCII only, JSON text and module text alike (a `£` as `\u00a3`): one other character makes V8 hold
  // the whole string, and the module's source, as two-byte text, twice the memory, for the process's life.
  const literal = (value) =>
    JSON.stringify(JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return [
    BANNER.replace('Do not edit: run `pnpm generate`', 'Not committed: `pnpm build` writes it'),
    "import type { Codelist } from '../codelists.js';",
    "import type { JsonSchema } from '../schema-file.js';",
    '',
    '/** Every schema file of every version folder (`v1/consortium.schema.json`...), in path order. */',
    `export const SCHEMA_JSON: ReadonlyArray<{ file: string; schema: JsonSchema }> = JSON.parse(${literal(schemas)});`,
    '/** Every codelist (`codelists/*.json`), in file order. */',
    `export const CODELIST_JSON: readonly Codelist[] = JSON.parse(${literal(codelists)});`,
    '/** The schema of nof.config.yaml. */',
    `export const CONFIG_SCHEMA_JSON: JsonSchema = JSON.parse(${literal(json('nof-config.schema.json'))});`,
    '/** The schema of a codelist file. */',
    `export const CODELIST_SCHEMA_JSON: JsonSchema = JSON.parse(${literal(json('codelists/codelist.schema.json'))});`,
    '',
  ].join('\n');
}

/** Written only when it changes, so that a build with nothing new (each `pnpm pack` runs one) compiles nothing. */
function writeBundledData() {
  const file = join(pkg, 'src', 'bundled', 'data.ts');
  const text = renderBundledData();
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

/** Writes the types (`--types`, run by `pnpm generate` after a schema change); every build writes the data module and copy. */
async function main() {
  writeBundledData();
  if (!process.argv.includes('--types')) return copyData();
  const files = await renderTypes();
  rmSync(generated, { recursive: true, force: true });
  for (const [f, text] of files) {
    mkdirSync(dirname(join(generated, f)), { recursive: true });
    writeFileSync(join(generated, f), text);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

/** Property schemas keep their description as a doc comment but lose their title, and a $ref with siblings becomes allOf, so json-schema-to-typescript neither declares an alias per property nor copies a $def per use. */
function tidy(node, isProperty = false) {
  if (Array.isArray(node)) return node.map((n) => tidy(n));
  if (typeof node !== 'object' || node === null) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, tidy(s, true)]));
    else if (k === '$defs') out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, tidy(s)]));
    else if (k === 'items') out[k] = tidy(v, true);
    else out[k] = tidy(v);
  }
  if (isProperty) delete out.title;
  if (isProperty && out.$ref && Object.keys(out).length > 1) {
    const { $ref, ...rest } = out;
    return { ...rest, allOf: [{ $ref }] };
  }
  return out;
}
