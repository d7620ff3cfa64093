import { resolve } from 'node:path';
import { dataDir, loadSchemaFiles } from '@nof/schemas/node';
import { SchemaRegistry } from '../schema/registry.js';

const byFolder = new Map<string, SchemaRegistry>();

/**
 * The shared registry of a folder of schema files laid out as `schemas/` is (`v1/<kind>.schema.json`...),
 * read once per process: for `nof validate --schemas` and other tools given a folder of their own.
 * Without a folder, the shipped schemas (bundled, so nothing is read).
 */
export function registryForFolder(folder?: string): SchemaRegistry {
  if (folder === undefined || resolve(folder) === resolve(dataDir)) return SchemaRegistry.shipped();
  const key = resolve(folder);
  let registry = byFolder.get(key);
  if (!registry) {
    registry = new SchemaRegistry(loadSchemaFiles(key));
    byFolder.set(key, registry);
  }
  return registry;
}
