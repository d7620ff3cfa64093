import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readAll } from '../../packages/cli/src/io.js';
import { nof } from './nof.js';

describe('standard input', () => {
  it('is refused at the size limit while it is read, not once it is all in memory', async () => {
    let produced = 0;
    const chunks = function* () {
      for (let i = 0; i < 200; i++) {
        produced++;
        yield Buffer.alloc(1024 * 1024, 'a');
      }
    };
    expect(await readAll(Readable.from(chunks()), 5 * 1024 * 1024)).toBeUndefined();
    expect(produced).toBeLessThanOrEqual(7);
    expect(await readAll(Readable.from(['a: 1\n']), 100)).toBe('a: 1\n');
  });

  it('over the limit is one too-large diagnostic for <stdin>', () => {
    const run = nof(['validate', '-', '--format', 'text'], undefined, { input: `# ${'x'.repeat(21 * 1024 * 1024)}\n` });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<stdin>:1:1 error The file is too large to check');
    expect(run.stdout).toContain('[yaml/too-large]');
  });
});
