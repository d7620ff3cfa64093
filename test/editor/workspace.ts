import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNofText } from '@nof/sdk';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A 0-based position, as LSP and Neovim count. */
export interface Position {
  line: number;
  character: number;
}

/** Where `needle` first occurs in `text` (it must occur exactly once, so tests point at one place). */
export function positionOf(text: string, needle: string): Position {
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`expected exactly one '${needle}'`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** A throwaway copy of the repository's examples/, as a user's workspace folder. */
export class ExampleWorkspace {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'nof-examples-'));
    cpSync(join(repoRoot, 'examples'), this.dir, { recursive: true });
  }

  path(relative: string): string {
    return join(this.dir, relative);
  }

  read(relative: string): string {
    return readFileSync(this.path(relative), 'utf8');
  }

  /** Replaces the one occurrence of `from` on disk; returns where the new text starts. */
  edit(relative: string, from: string, to: string): Position {
    const text = this.read(relative);
    const at = positionOf(text, from);
    writeFileSync(this.path(relative), text.replace(from, to));
    return at;
  }

  /** The NOF documents in the copy: YAML files with a top-level `apiVersion: nof/...`. */
  nofFiles(): string[] {
    return readdirSync(this.dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.ya?ml$/.test(file))
      .filter((file) => isNofText(this.read(file)));
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
