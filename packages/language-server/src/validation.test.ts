import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Validation } from './validation.js';

/** A Validation over recorded hooks: `sync` answers each edited uri with itself and `dependents`. */
function recorded(dependents: string[] = []) {
  const synced: string[] = [];
  const delivered: string[] = [];
  const rounds: Array<{ uris: string[]; edited: string[] }> = [];
  const validation = new Validation(
    {
      sync: (uri) => {
        synced.push(uri);
        return [uri, ...dependents];
      },
      deliver: (uri) => delivered.push(uri),
      done: (uris, edited) => rounds.push({ uris, edited: [...edited] }),
    },
    100,
    10,
  );
  return { validation, synced, delivered, rounds };
}

describe('Validation', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('checks a keystroke that comes alone at once, and keystrokes typed fast once they pause', async () => {
    const { validation, synced } = recorded();
    validation.changed('a');
    await vi.advanceTimersByTimeAsync(10);
    expect(synced).toEqual(['a']);
    // The next keystroke comes within two debounces of it: typing, so each waits the full debounce.
    await vi.advanceTimersByTimeAsync(50);
    validation.changed('a');
    await vi.advanceTimersByTimeAsync(60);
    validation.changed('a');
    await vi.advanceTimersByTimeAsync(60);
    validation.changed('a');
    await vi.advanceTimersByTimeAsync(60);
    expect(synced).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(40);
    expect(synced).toEqual(['a', 'a']);
    // After a pause of two debounces a keystroke is alone again.
    await vi.advanceTimersByTimeAsync(200);
    validation.changed('a');
    await vi.advanceTimersByTimeAsync(10);
    expect(synced).toEqual(['a', 'a', 'a']);
  });

  it('checks each document by its own keystrokes', async () => {
    const { validation, synced } = recorded();
    validation.changed('a');
    await vi.advanceTimersByTimeAsync(10);
    validation.changed('b');
    await vi.advanceTimersByTimeAsync(10);
    expect(synced).toEqual(['a', 'b']);
  });

  it('checks a document once its edits pause, not at every keystroke', async () => {
    const { validation, synced } = recorded();
    validation.changed('a');
    validation.changed('a');
    await vi.advanceTimersByTimeAsync(60);
    validation.changed('a');
    await vi.advanceTimersByTimeAsync(60);
    expect(synced).toEqual([]);
    await vi.advanceTimersByTimeAsync(60);
    expect(synced).toEqual(['a']);
  });

  it('checks at once when a request about the document needs its latest text, and only then', async () => {
    const { validation, synced } = recorded();
    validation.flush('a');
    expect(synced).toEqual([]);
    validation.changed('a');
    validation.flush('a');
    expect(synced).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(200);
    expect(synced).toEqual(['a']);
  });

  it('stops sending a round of dependents when a newer edit waits, and carries it on after', async () => {
    const { validation, delivered, rounds } = recorded(['d1', 'd2', 'd3']);
    validation.changed('a');
    validation.changed('a');
    await vi.advanceTimersByTimeAsync(100);
    // The edited file goes first, in the timer's turn; a new edit arrives before the dependents.
    expect(delivered).toEqual(['a']);
    validation.changed('b');
    await vi.advanceTimersByTimeAsync(5);
    expect(delivered).toEqual(['a']);
    await vi.runAllTimersAsync();
    // The rest of the round and the new edit's, each file once.
    expect(delivered.sort()).toEqual(['a', 'b', 'd1', 'd2', 'd3']);
    expect(rounds.flatMap((r) => r.edited).sort()).toEqual(['a', 'b']);
  });

  it('counts an edited file as not edited once another edit affects it in the same round, so the client is told to pull it again', async () => {
    const { validation, rounds } = recorded(['a']);
    validation.changed('a');
    validation.flush('a');
    validation.changed('b');
    validation.flush('b');
    await vi.runAllTimersAsync();
    const last = rounds.at(-1)!;
    expect([...new Set(last.uris)].sort()).toEqual(['a', 'b']);
    expect(last.edited).toEqual(['b']);
  });
});
