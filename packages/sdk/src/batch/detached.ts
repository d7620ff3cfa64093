import type { Document } from 'yaml';
import type { Range } from '../diagnostics/diagnostic.js';
import { checkInput, DEFAULT_LIMITS } from '../parse/input-guards.js';
import { composeAll } from '../parse/parse-text.js';
import { ParsedDocument } from '../parse/parsed-document.js';
import { PositionMapper, withLineFeeds } from '../parse/positions.js';
import type { RuleDocument } from '../rules/rule.js';
import { keptText, type DocumentFacts, type DocumentSpan, type KeptText } from './file-check.js';

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Parses a document again when a rule needs a source range, keeping the last few: a batch holds
 * no syntax trees, and rules ask for ranges only when they report (rare), mostly in the document
 * being checked. Only the document's own part of the text is parsed (a finding in a 10,000-line
 * file no longer costs a second parse of the file). The text is the one the file was checked
 * with, as the batch keeps it.
 */
export class Reparser {
  private readonly recent = new Map<string, ParsedDocument | undefined>();

  constructor(private readonly sources: ReadonlyMap<string, KeptText | undefined>) {}

  rangeOf(uri: string, index: number, span: DocumentSpan, pointer: string, target?: 'key' | 'value'): Range {
    const key = `${index} ${uri}`;
    let document = this.recent.get(key);
    if (!this.recent.has(key)) {
      document = this.parse(uri, index, span);
      this.recent.set(key, document);
      if (this.recent.size > 8) this.recent.delete(this.recent.keys().next().value!);
    }
    return document?.rangeOf(pointer, target) ?? START;
  }

  private parse(uri: string, index: number, span: DocumentSpan): ParsedDocument | undefined {
    const source = this.sources.get(uri);
    if (!source) return undefined;
    // As parseText reads it: lone CRs as LFs, and refused by the same guards (the part of a file
    // they let through should pass them too; a part that does not gets no ranges, not a crash).
    const text = withLineFeeds(keptText(source).slice(span.start, span.end));
    if (checkInput(text, DEFAULT_LIMITS)) return undefined;
    let yaml: Document.Parsed | undefined;
    try {
      // The document is the last of its part (which may start with empty `---` sections).
      yaml = composeAll(text).at(-1);
    } catch (error) {
      if (error instanceof RangeError) return undefined;
      throw error;
    }
    if (!yaml) return undefined;
    return new ParsedDocument({ uri, index, yaml, positions: PositionMapper.forText(text, span.line), value: undefined, reliable: true });
  }
}

/** A document of a batch as rules see it: plain data, with ranges found by parsing its text again. */
export class DetachedDocument implements RuleDocument {
  readonly apiVersion: string | undefined;
  readonly kind: string | undefined;
  readonly id: string | undefined;
  readonly value: unknown;
  readonly index: number;
  private readonly span: DocumentSpan;

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
    this.span = facts.span;
  }

  rangeOf(pointer: string, target?: 'key' | 'value'): Range {
    return this.reparser.rangeOf(this.uri, this.index, this.span, pointer, target);
  }
}
