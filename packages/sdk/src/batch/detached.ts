import { LineCounter } from 'yaml';
import type { Position, Range } from '../diagnostics/diagnostic.js';
import { SuppressionScanner } from '../diagnostics/suppression.js';
import { composeAll } from '../parse/parse-text.js';
import { ParsedDocument } from '../parse/parsed-document.js';
import { PositionMapper } from '../parse/positions.js';
import type { RuleDocument } from '../rules/rule.js';
import { keptText, type DocumentFacts, type DocumentSpan, type KeptText } from './file-check.js';

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Positions in a part of a file's text that begins at the start of line `firstLine`. */
class PartPositions extends PositionMapper {
  constructor(
    text: string,
    lines: LineCounter,
    private readonly firstLine: number,
  ) {
    super(text, lines);
  }

  override positionAt(offset: number): Position {
    const at = super.positionAt(offset);
    return { line: at.line + this.firstLine, character: at.character };
  }
}

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
    const text = keptText(source).slice(span.start, span.end);
    const lines = new LineCounter();
    // The document is the last of its part (which may start with empty `---` sections).
    const yaml = composeAll(text, { lines, scanner: new SuppressionScanner() }).at(-1);
    if (!yaml) return undefined;
    const positions = new PartPositions(text, lines, span.line);
    return new ParsedDocument({ uri, index, yaml, positions, value: undefined, reliable: true });
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
