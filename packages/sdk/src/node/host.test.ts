import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost } from './host.js';

const dir = mkdtempSync(join(tmpdir(), 'nof-host-'));
writeFileSync(join(dir, 'a.yaml'), 'kind: Consortium\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What reading gives: the text, or the host error's code and size. */
async function outcome(host: NodeHost, path: string, maxBytes?: number) {
  try {
    return { text: await host.readFile(path, maxBytes) };
  } catch (error) {
    const { code, size } = error as { code: string; size?: number };
    return { code, size };
  }
}

describe('NodeHost.readFile', () => {
  it('reads in blocking calls as it reads asynchronously: a file, a folder, a missing file, a file over the limit', async () => {
    const cases: Array<[string, number?]> = [[join(dir, 'a.yaml')], [dir], [join(dir, 'missing.yaml')], [join(dir, 'a.yaml'), 4]];
    const asynchronous = await Promise.all(cases.map(([path, max]) => outcome(new NodeHost(), path, max)));
    const blocking = await Promise.all(cases.map(([path, max]) => outcome(new NodeHost({ blocking: true }), path, max)));
    expect(asynchronous).toEqual([{ text: 'kind: Consortium\n' }, { code: 'EISDIR' }, { code: 'ENOENT' }, { code: 'EFBIG', size: 17 }]);
    expect(blocking).toEqual(asynchronous);
  });
});
