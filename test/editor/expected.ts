import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    node = pointer.split('/').filter(Boolean).reduce((at: any, key) => at[key], load(file)) as Schema;
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
