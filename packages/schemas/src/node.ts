/**
 * @nof/schemas/node: the schema and codelist files on disk, for tools that want paths (an
 * editor's `$schema`, `nof new`'s modeline) or read a folder of schemas of their own
 * (`nof validate --schemas`, extra schema folders). Validation itself uses the bundled copies
 * the main entry exports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Codelist } from './codelists.js';
import { schemaFile, type JsonSchema, type SchemaFile } from './schema-file.js';

/** The package's copy of the repository's schemas/ folder. */
export const dataDir: string = fileURLToPath(new URL('../data/', import.meta.url));

/** All schema files found under `dir`, across every version folder (`v1/`, `v2/`...), in path order. */
export function loadSchemaFiles(dir: string = dataDir): SchemaFile[] {
  const out: SchemaFile[] = [];
  for (const version of readdirSync(dir)
    .filter((d) => /^v[0-9]+$/.test(d))
    .sort()) {
    for (const file of readdirSync(`${dir}/${version}`)
      .filter((f) => f.endsWith('.schema.json'))
      .sort()) {
      const schema = JSON.parse(readFileSync(`${dir}/${version}/${file}`, 'utf8')) as JsonSchema;
      out.push(schemaFile(`${version}/${file}`, schema));
    }
  }
  return out;
}

/** Every codelist of a folder's `codelists/`, by id. */
export function loadCodelists(dir: string = dataDir): Map<string, Codelist> {
  const out = new Map<string, Codelist>();
  for (const file of readdirSync(`${dir}/codelists`)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()) {
    const list = JSON.parse(readFileSync(`${dir}/codelists/${file}`, 'utf8')) as Codelist;
    out.set(list.id, list);
  }
  return out;
}
