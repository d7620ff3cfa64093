import type { Range } from '../diagnostics/diagnostic.js';
import { parseText, type ParsedFile } from '../parse/parse-text.js';
import type { RuleDocument } from '../rules/rule.js';
import { readInput, type BatchInput, type DocumentFacts } from './file-check.js';

/**
 * Parses files again when a rule needs a source range, keeping the last few: a batch holds no
 * syntax trees, and rules ask for ranges only when they report (rare), mostly in the file being checked.
 */
export class Reparser {
  private readonly recent = new Map<string, ParsedFile | undefined>();

  constructor(private readonly inputs: ReadonlyMap<string, BatchInput>) {}

  rangeOf(uri: string, index: number, pointer: string, target?: 'key' | 'value'): Range {
    let file = this.recent.get(uri);
    if (!this.recent.has(uri)) {
      const input = this.inputs.get(uri) ?? { uri };
      const text = readInput(input);
      file = typeof text === 'string' ? parseText(text, uri) : undefined;
      this.recent.set(uri, file);
      if (this.recent.size > 8) this.recent.delete(this.recent.keys().next().value!);
    }
    const document = file?.documents.find((d) => d.index === index);
    return document?.rangeOf(pointer, target) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  }
}

/** A document of a batch as rules see it: plain data, with ranges found by parsing its file again. */
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
