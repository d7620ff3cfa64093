import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import type { Suppression } from '../diagnostics/suppression.js';
import { DEFAULT_LIMITS, tooLarge } from '../parse/input-guards.js';
import { parseText } from '../parse/parse-text.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { validateDocument } from '../schema/validate-document.js';

/** A file to check: read from disk at `uri` (a path) unless its `text` is given (standard input). */
export interface BatchInput {
  uri: string;
  text?: string;
}

/** What a batch keeps of one document: plain data, so it can cross from a worker thread. */
export interface DocumentFacts {
  /** 0-based position among the file's `---` sections. */
  index: number;
  apiVersion: string | undefined;
  kind: string | undefined;
  id: string | undefined;
  value: unknown;
  /** Read without YAML errors and valid against its schema: rules check only these. */
  checkable: boolean;
}

/** The text-only stage of checking one file (parse, schema, suppression comments), as plain data. */
export interface FileCheck {
  uri: string;
  /** YAML and schema problems, or the reason the file could not be read. */
  ownDiagnostics: Diagnostic[];
  suppressions: Suppression[];
  documents: DocumentFacts[];
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The input's text, or the diagnostic saying why there is none (too large: checked before reading). */
export function readInput(input: BatchInput): string | Diagnostic {
  if (input.text !== undefined) return input.text;
  try {
    const size = statSync(input.uri).size;
    if (size > DEFAULT_LIMITS.maxBytes) return tooLarge(size, DEFAULT_LIMITS.maxBytes);
    return readFileSync(input.uri, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { severity: 'error', code: 'file/unreadable', message: `The file could not be read (${reason}).`, path: '', range: START };
  }
}

/**
 * Parses one file and checks its documents against their schemas, the same stage a Workspace
 * runs when a file is set, keeping only plain data (the syntax tree is dropped: a batch of
 * thousands of files would not fit in memory with every tree kept).
 */
export function checkFile(input: BatchInput, registry: SchemaRegistry): FileCheck {
  const text = readInput(input);
  if (typeof text !== 'string') return { uri: input.uri, ownDiagnostics: [text], suppressions: [], documents: [] };
  const parsed = parseText(text, input.uri);
  const ownDiagnostics = [...parsed.diagnostics];
  const documents: DocumentFacts[] = parsed.documents.map((document) => {
    const problems = document.reliable ? validateDocument(document, registry) : [];
    for (const problem of problems) ownDiagnostics.push(problem);
    const checkable = document.reliable && !problems.some((p) => p.severity === 'error');
    return {
      index: document.index,
      apiVersion: document.apiVersion,
      kind: document.kind,
      id: document.id,
      value: document.value,
      checkable,
    };
  });
  return { uri: input.uri, ownDiagnostics, suppressions: parsed.suppressions, documents };
}
