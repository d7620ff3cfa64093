/**
 * Worker thread of a batch: runs the pipeline's text-only stages (read, parse, schema,
 * suppression comments) on the files it is sent and posts back plain data, one message per
 * file, so files are parsed on every core and the pool knows which file a failure was on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ProfileCatalog } from '../profiles/profiles.js';
import { NodeHost } from '../node/host.js';
import { useEnvironmentCopy } from '../node/environment.js';
import { registryForFolder } from '../node/schemas.js';
import { checkFile, type BatchInput, type FileCheck } from './file-check.js';
import { describeError as describe } from '../diagnostics/describe-error.js';

// A worker's environment is already its own copy: nothing is lost by making it a plain one.
useEnvironmentCopy();

const { schemaDir, profiles } = workerData as { schemaDir?: string; profiles?: ProfileCatalog[] };
const registry = registryForFolder(schemaDir);
const host = new NodeHost({ blocking: true });

parentPort!.on('message', async ({ first, items }: { first: number; items: BatchInput[] }) => {
  for (const [i, input] of items.entries()) {
    const index = first + i;
    let check: FileCheck;
    try {
      check = await checkFile(input, host, registry, profiles);
    } catch (error) {
      parentPort!.postMessage({ index, error: `checking it threw ${describe(error)}` });
      continue;
    }
    try {
      parentPort!.postMessage({ index, result: check }, check.source ? [check.source.bytes.buffer as ArrayBuffer] : []);
    } catch (error) {
      // Document values are plain data (parse/plain-value.ts): this is a bug, said as such rather than a hang.
      parentPort!.postMessage({ index, error: `its result could not be passed between threads (${describe(error)})` });
    }
  }
});
