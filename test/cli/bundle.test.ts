import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of the benchmarks, without types.
import { writeEngland } from '../bench/cli-england-workspace.mjs';
import { nof, root } from './nof.js';

const dist = join(root, 'packages/cli/dist');
const { NodeHost, validateBatch } = (await import(
  pathToFileURL(join(root, 'packages/sdk/dist/node/index.js')).href
)) as typeof import('@nof/sdk/node');
const { readWorkspaceProfiles, SchemaRegistry } = (await import(
  pathToFileURL(join(root, 'packages/sdk/dist/index.js')).href
)) as typeof import('@nof/sdk');

// More files than the batch checks on this thread (200), one with a rule error, one with a YAML error.
const dir = mkdtempSync(join(tmpdir(), 'nof-bundle-'));
writeEngland(dir, { agreements: 240, perFile: 1, authorities: 4, trackers: false });
const folders = readdirSync(join(dir, 'authorities'));
const ruleError = join(dir, 'authorities', folders[0]!, 'agreements-0003.yaml');
writeFileSync(ruleError, readFileSync(ruleError, 'utf8').replace(/^ {2}provider: \S+/m, '  provider: no-such-provider'));
const yamlError = join(dir, 'authorities', folders[1]!, 'agreements-0005.yaml');
writeFileSync(yamlError, readFileSync(yamlError, 'utf8').replace(/^spec:$/m, 'spec: ['));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled nof', { timeout: 120_000 }, () => {
  it("has the SDK's batch worker beside it, which checks the files it is sent", async () => {
    expect(existsSync(join(dist, 'worker.js'))).toBe(true);
    const worker = new Worker(join(dist, 'worker.js'), { workerData: {} });
    const uri = join(root, 'examples/agreements/ipa-bfd-2014-0117.yaml');
    const answer = new Promise<{ index: number; result: { uri: string; documents: Array<{ kind: string; checkable: boolean }> } }>(
      (resolve) => worker.once('message', resolve),
    );
    worker.postMessage({ first: 0, items: [{ uri }] });
    const { index, result } = await answer;
    await worker.terminate();
    expect(index).toBe(0);
    expect(result.uri).toBe(uri);
    expect(result.documents).toMatchObject([{ kind: 'PlacementAgreement', checkable: true }]);
  });

  it('checks more files than one thread takes on worker threads, finding what one thread finds', async () => {
    const run = nof(['validate', '.', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { results: Array<{ file: string; diagnostics: Array<{ code: string; range: unknown }> }> };
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml') && f !== 'nof.config.yaml')
      .sort();
    expect(files.length).toBeGreaterThan(200);
    const profiles = await readWorkspaceProfiles(new NodeHost(), [dir], join(dir, 'nof.config.yaml'), SchemaRegistry.shipped());
    const serial = await validateBatch(
      files.map((f) => ({ uri: join(dir, f) })),
      { threads: 1, asOf: '2015-06-01', profiles },
    );
    const byFile = (results: Array<{ file: string; diagnostics: Array<{ code: string; range: unknown }> }>) =>
      Object.fromEntries(results.filter((r) => r.diagnostics.length).map((r) => [r.file, r.diagnostics.map((d) => [d.code, d.range])]));
    const expected = byFile(serial.map((r) => ({ file: r.uri.slice(dir.length + 1), diagnostics: r.diagnostics })));
    expect(Object.keys(expected).sort()).toEqual([ruleError, yamlError].map((f) => f.slice(dir.length + 1)).sort());
    expect(byFile(report.results)).toEqual(expected);
  });
});
