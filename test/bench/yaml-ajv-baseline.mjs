/**
 * The baseline the CLI benchmarks compare `nof validate` with: what a vendor would write in a few
 * lines. Reads every .yaml file under the given paths one after another, parses each with `yaml`
 * and validates each document with ajv + ajv-formats against its kind's schema (the shipped
 * schema files, found by apiVersion and kind). No positions, no messages, no rules. Prints the
 * number of documents and of invalid ones.
 * Usage: node test/bench/yaml-ajv-baseline.mjs <file or folder>...
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(new URL('../../packages/sdk/package.json', import.meta.url));
const { parseAllDocuments } = require('yaml');
const { Ajv2020 } = require('ajv/dist/2020.js');
const addFormats = require('ajv-formats');

const data = new URL('../../packages/schemas/data/', import.meta.url);
// The SDK's settings (every error), without its verbose error detail; unknown x- keywords ignored.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
/** Kind schemas by `apiVersion kind`, e.g. `nof/v1 Consortium`. */
const kinds = new Map();
for (const version of readdirSync(data).filter((d) => /^v\d+$/.test(d))) {
  for (const file of readdirSync(new URL(`${version}/`, data)).filter((f) => f.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(new URL(`${version}/${file}`, data), 'utf8'));
    ajv.addSchema(schema);
    const kind = schema.properties?.kind?.const;
    if (kind) kinds.set(`nof/${version} ${kind}`, schema.$id);
  }
}

function yamlFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(path, f));
}

let documents = 0;
let invalid = 0;
for (const file of process.argv.slice(2).flatMap(yamlFiles)) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const value = document.toJS();
    const id = kinds.get(`${value?.apiVersion} ${value?.kind}`);
    if (!id) continue;
    documents++;
    if (!ajv.getSchema(id)(value)) invalid++;
  }
}
console.log(`${documents} documents, ${invalid} invalid`);
