// What the editor should show, read from the repository's own sources of truth (schemas,
// codelists, examples), so the tests never hard-code what those files say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../packages/sdk/src/index.js';
import { repoRoot } from './workspace.js';

interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  title?: string;
  description?: string;
}

function load(file: string): Schema {
  return JSON.parse(readFileSync(join(repoRoot, 'schemas', 'v1', file), 'utf8')) as Schema;
}

/** Follows `$ref`s (in the file or a sibling file) to the schema that has the structure. */
function structure(node: Schema, file: string): [Schema, string] {
  while (!node.properties && !node.items && node.$ref) {
    const [target, pointer = ''] = node.$ref.split('#');
    file = target || file;
    node = pointer
      .split('/')
      .filter(Boolean)
      .reduce((at: any, key) => at[key], load(file)) as Schema;
  }
  return [node, file];
}

/**
 * The title and description the schema gives a property, by its path of property names from
 * the document root (array items are stepped through). Read from the schema files, so tests
 * compare what the editor shows with the source of truth.
 */
export function schemaText(file: string, path: string[]): { title: string; description: string } {
  let node = load(file);
  let at = file;
  for (const key of path) {
    [node, at] = structure(node, at);
    while (node.items) [node, at] = structure(node.items, at);
    const next = node.properties?.[key];
    if (!next) throw new Error(`${file} has no property ${path.join('.')}`);
    node = next;
  }
  return { title: node.title ?? '', description: node.description ?? '' };
}

interface CodelistEntry {
  code: string;
  label: string;
  validTo?: string;
  successors?: string[];
}

/** The date the examples are judged on: `asOf` in examples/nof.config.yaml. */
export function examplesAsOf(): string {
  const config = readFileSync(join(repoRoot, 'examples', 'nof.config.yaml'), 'utf8');
  const asOf = /^asOf:\s*(\d{4}-\d{2}-\d{2})/m.exec(config)?.[1];
  if (!asOf) throw new Error('examples/nof.config.yaml has no asOf');
  return asOf;
}

/** A local authority abolished before `date` with exactly one successor, and that successor, from the codelist. */
export function retiredWithOneSuccessor(date: string): [retired: CodelistEntry, successor: CodelistEntry] {
  const { entries } = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'codelists', 'local-authorities.json'), 'utf8')) as {
    entries: CodelistEntry[];
  };
  const retired = entries.find((e) => e.validTo && e.validTo < date && e.successors?.length === 1);
  const successor = entries.find((e) => e.code === retired?.successors?.[0]);
  if (!retired || !successor)
    throw new Error(`the local-authorities codelist has no authority abolished before ${date} with one successor`);
  return [retired, successor];
}

/** The lots (id and name) of one arrangement in an example consortium. */
export function lots(example: string, arrangement: string): Array<{ id: string; name: string }> {
  const text = readFileSync(join(repoRoot, 'examples', example), 'utf8');
  const value = parseText(text, example).documents[0]?.value as {
    spec?: { arrangements?: Array<{ id: string; lots?: Array<{ id: string; name: string }> }> };
  };
  return value.spec?.arrangements?.find((a) => a.id === arrangement)?.lots ?? [];
}
