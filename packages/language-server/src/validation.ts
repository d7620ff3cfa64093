/** How long the server waits after an edit made while typing fast before checking, so that typing is not slowed. */
export const DEBOUNCE_MS = 150;
/**
 * How long it waits after a keystroke that comes alone (none in the two debounces before it):
 * long enough for the edits of one action (auto-indent, several cursors) to come as one. Closer
 * keystrokes are typing: each waits the full debounce, so a burst is checked once it pauses.
 */
export const QUICK_MS = 20;

export interface ValidationHooks {
  /** Gives the workspace the document's current text; returns the uris whose diagnostics may have changed. */
  sync(uri: string): string[];
  /** Sends one file's diagnostics to the client (published ones; pulled ones are asked for). */
  deliver(uri: string): void;
  /**
   * After a round: the uris sent, and those whose own edit started it (a client pulls an
   * edited document's diagnostics itself; the others it must be told to pull again).
   */
  done(uris: string[], edited: Set<string>): void;
}

/**
 * Debounced, interruptible checking. An edit (re)starts its document's timer (short for a keystroke
 * that comes alone, the full debounce while keystrokes come fast); when it fires, the
 * document's text goes to the workspace and every affected file is queued. The queue is sent one
 * file per turn of the event loop and stops as soon as a newer edit is waiting, so a round of
 * dependents never holds up the next keystroke: the next round carries the rest on.
 */
export class Validation {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly queue = new Set<string>();
  private readonly edited = new Set<string>();
  /** When each document was last edited (Date.now()). */
  private readonly lastEdit = new Map<string, number>();
  private draining = false;

  constructor(
    private readonly hooks: ValidationHooks,
    private readonly delay = DEBOUNCE_MS,
    private readonly quick = QUICK_MS,
  ) {}

  /** A document changed: check it once the edits pause. */
  changed(uri: string): void {
    const now = Date.now();
    const typing = now - (this.lastEdit.get(uri) ?? Number.NEGATIVE_INFINITY) < 2 * this.delay;
    this.lastEdit.set(uri, now);
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => this.flush(uri), typing ? this.delay : this.quick),
    );
  }

  /**
   * Files changed all at once (start-up, settings, files on disk, a neighbour's edit): queue them
   * now. None of them counts as edited any more, even if it was earlier in this round: its
   * diagnostics changed after the client pulled them.
   */
  enqueue(uris: Iterable<string>): void {
    for (const uri of uris) {
      this.queue.add(uri);
      this.edited.delete(uri);
    }
    void this.drain();
  }

  /** Checks the document now if an edit is waiting (before answering a request about it). */
  flush(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.timers.delete(uri);
    const affected = this.hooks.sync(uri);
    this.enqueue(affected);
    this.edited.add(uri);
  }

  /** Stops every timer (shutdown). */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.queue.clear();
    this.lastEdit.clear();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    const sent: string[] = [];
    try {
      while (this.queue.size > 0 && this.timers.size === 0) {
        const uri = this.queue.values().next().value as string;
        this.queue.delete(uri);
        this.hooks.deliver(uri);
        sent.push(uri);
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.draining = false;
    }
    if (sent.length === 0) return;
    const edited = new Set(this.edited);
    this.edited.clear();
    this.hooks.done(sent, edited);
  }
}
