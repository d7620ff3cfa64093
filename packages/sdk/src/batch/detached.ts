import { inflateRawSync } from 'node:zlib';
import type { Range } from '../diagnostics/diagnostic.js';
import { parseText, type ParsedFile } from '../parse/parse-text.js';
import type { RuleDocument } from '../rules/rule.js';
import type { DocumentFacts } from './file-check.js';

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Parses a file's text again when a rule needs a source range, keeping the last few: a batch
 * holds no syntax trees, and rules ask for ranges only when they report (rare), mostly in the
 * file being checked. The text is the one the file was checked with, kept deflated.
 */
export class Reparser {
  private readonly recent = new Map<string, ParsedFile>();

  constructor(private readonly sources: ReadonlyMap<string, Uint8Array | undefined>) {}

  rangeOf(uri: string, index: number, pointer: string, target?: 'key' | 'value'): Range {
    let file = this.recent.get(uri);
    if (!file) {
      const source = this.sources.get(uri);
      if (!source) return START;
      file = parseText(inflateRawSync(source).toString('utf8'), uri);
      this.recent.set(uri, file);
      if (this.recent.size > 8) this.recent.delete(this.recent.keys().next().value!);
    }
    return file.documents.find((d) => d.index === index)?.rangeOf(pointer, target) ?? START;
  }
}

/** A document of a batch as rules see it: plain data, with ranges found by parsing its text again. */
export class DetachedDocument implements RuleDocument {
  readonly apiVersion: string | undefined;
  readonly kind: string | undefined;
  readonly id: string | undefined;
  readonly value: unknown;
  readonly index: number;

  constructor(
    readonly uri: string,
    facts: DocumentFacts,
    private readonly reparser: Reparser,
  ) {
    this.apiVersion = facts.apiVersion;
    this.kind = facts.kind;
    this.id = facts.id;
    this.value = facts.value;
    this.index = facts.index;
  }

  rangeOf(pointer: string, target?: 'key' | 'value'): Range {
    return this.reparser.rangeOf(this.uri, this.index, pointer, target);
  }
}
