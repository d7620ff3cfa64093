/**
 * Worker thread of a batch: runs the text-only stage (parse, schema, suppression comments) on
 * the files it is sent and posts back plain data, so files are parsed on every core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SchemaRegistry } from '../schema/registry.js';
import { checkFile, type BatchInput } from './file-check.js';

const registry = SchemaRegistry.forDir((workerData as { schemaDir?: string }).schemaDir);

parentPort!.on('message', ({ id, inputs }: { id: number; inputs: BatchInput[] }) => {
  parentPort!.postMessage({ id, checks: inputs.map((input) => checkFile(input, registry)) });
});
