import type { Position, Range } from '../diagnostics/diagnostic.js';
import type { AnnotationIndex } from '../model/annotations.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { DocumentLookup, RuleDocument } from '../rules/rule.js';
import { declarationsIn, referencesIn, resolve } from './references.js';

/** A place in a file, as LSP has it. */
export interface Location {
  uri: string;
  range: Range;
}

/** A declared id: the document and the pointer of the id's value. */
interface Target {
  document: RuleDocument;
  pointer: string;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** True when the position is inside the range or just after it (the cursor at the end of a word). */
function contains(range: Range, position: Position): boolean {
  return before(range.start, position) && before(position, range.end);
}

function locationOf(target: Target): Location {
  return { uri: target.document.uri, range: target.document.rangeOf(target.pointer, 'value') };
}

/** Finding declarations and references across a workspace's documents. */
export class Navigator {
  constructor(
    private readonly annotations: AnnotationIndex,
    private readonly lookup: DocumentLookup,
    private readonly documents: () => ParsedDocument[],
  ) {}

  /** The declaration an id at this position stands for: the one a reference points at, or the declaration itself. */
  targetAt(fileDocuments: ParsedDocument[], position: Position): Target | undefined {
    const document = fileDocuments.find((d) => contains(d.range, position));
    if (!document) return undefined;
    for (const reference of referencesIn(document, this.annotations)) {
      if (!contains(document.rangeOf(reference.pointer, 'value'), position)) continue;
      const resolution = resolve(reference, this.lookup);
      return resolution.status === 'resolved' ? { document: resolution.document, pointer: resolution.pointer } : undefined;
    }
    const declared = declarationsIn(document, this.annotations).find((p) => contains(document.rangeOf(p, 'value'), position));
    return declared === undefined ? undefined : { document, pointer: declared };
  }

  definition(fileDocuments: ParsedDocument[], position: Position): Location | undefined {
    const target = this.targetAt(fileDocuments, position);
    return target && locationOf(target);
  }

  /** Every reference to the id at this position across the workspace, with its declaration first if asked. */
  references(fileDocuments: ParsedDocument[], position: Position, includeDeclaration: boolean): Location[] {
    const target = this.targetAt(fileDocuments, position);
    if (!target) return [];
    const out = includeDeclaration ? [locationOf(target)] : [];
    for (const document of this.documents()) {
      for (const reference of referencesIn(document, this.annotations)) {
        const resolution = resolve(reference, this.lookup);
        if (resolution.status === 'resolved' && resolution.document === target.document && resolution.pointer === target.pointer) {
          out.push({ uri: document.uri, range: document.rangeOf(reference.pointer, 'value') });
        }
      }
    }
    return out;
  }
}
