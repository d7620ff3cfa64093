import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, main, type Io } from '../../packages/cli/src/index.js';

function io(): Io & { errors: string } {
  const out = { errors: '' } as Io & { errors: string };
  return Object.assign(out, {
    cwd: process.cwd(),
    out: () => {},
    err: (text: string) => {
      out.errors += text;
    },
    env: {},
    outIsTerminal: false,
    outHasColor: false,
    errIsTerminal: false,
    readStdin: async () => '',
  });
}

describe('an internal error', () => {
  // A command that fails as a worker thread's error arrives: a plain object, not an Error.
  COMMANDS['throw-object'] = { summary: 'test', run: () => Promise.reject({ code: 'E_TEST', message: 'the pool lost a worker' }) };
  COMMANDS['throw-empty'] = { summary: 'test', run: () => Promise.reject({}) };
  afterAll(() => {
    delete COMMANDS['throw-object'];
    delete COMMANDS['throw-empty'];
  });

  it.each([[[]], [['--debug']]])('says what failed, never [object Object] (%j)', async (flags) => {
    for (const [name, said] of [
      ['throw-object', 'the pool lost a worker'],
      ['throw-empty', 'an error that could not be passed from the worker thread'],
    ] as const) {
      const run = io();
      expect(await main([name, ...flags], run)).toBe(2);
      expect(run.errors).toContain(`nof: internal error: ${said}`);
      expect(run.errors).not.toContain('[object Object]');
    }
  });
});
