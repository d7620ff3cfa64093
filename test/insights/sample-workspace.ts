/*
 * A sample region for the tests: the example files `nof sample` copies, read as it reads them,
 * and the files and parsed documents `sampleFiles` makes from them.
 */
import { fileURLToPath } from 'node:url';
import { readExamples } from '../../packages/cli/src/commands/sample.js';
import { parseText, type ParsedDocument } from '../../packages/sdk/src/index.js';
import { sampleFiles } from '../../packages/sdk/src/node/index.js';

export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The sample's files and every document in them. */
export function sampleWorkspace(seed: number, agreements: number): { files: Array<[string, string]>; documents: ParsedDocument[] } {
  const files = [...sampleFiles(readExamples(EXAMPLES), { seed, agreements })];
  const documents = files
    .filter(([path]) => path.endsWith('.yaml') && path !== 'nof.config.yaml')
    .flatMap(([path, text]) => parseText(text, path).documents);
  return { files, documents };
}
