import { Composer, isScalar, Lexer, Parser, type CST, type Document } from 'yaml';
import { MAX_PER_DOCUMENT } from '../diagnostics/cap.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SuppressionScanner, type Suppression } from '../diagnostics/suppression.js';
import { checkInput, DEFAULT_LIMITS, tooDeep, type InputLimits } from './input-guards.js';
import { ParsedDocument } from './parsed-document.js';
import { PositionMapper, withLineFeeds } from './positions.js';
import { plainValue, type ValueLimits } from './plain-value.js';
import { listedProblems } from './yaml-problems.js';

/** Options for {@link parseText}. */
export interface ParseOptions extends Partial<InputLimits> {
  /** Most alias expansions allowed per document before it is treated as an alias bomb (default 100). */
  maxAliasCount?: number;
}

/** A parsed file: its non-empty documents and every YAML problem found in it. */
export interface ParsedFile {
  uri: string;
  /** The text as read: any lone CR (classic Mac line end) is LF here, which moves no offset or position. */
  text: string;
  /** Documents in file order; empty ones (a bare `---`, only comments) are left out. */
  documents: ParsedDocument[];
  /** YAML problems (codes `yaml/...`) of the whole file, including each document's. */
  diagnostics: Diagnostic[];
  /** The `# nof-disable...` comments, found while lexing for the parse. */
  suppressions: Suppression[];
}

/**
 * Parses a YAML file of one or more `---`-separated documents with the YAML 1.2 core schema
 * (so `NO` stays text and dates stay strings), keeping every node's position. Never throws:
 * any problem with the text comes back as a diagnostic.
 */
export function parseText(original: string, uri: string, options: ParseOptions = {}): ParsedFile {
  const text = withLineFeeds(original);
  const limits: InputLimits = { ...DEFAULT_LIMITS, ...options };
  const stop = checkInput(text, limits);
  // A file refused unread is not lexed for suppression comments either: that alone took seconds for 5 MB of `[`.
  if (stop) return { uri, text, documents: [], diagnostics: [stop], suppressions: [] };

  const positions = PositionMapper.forText(text);
  const documents: ParsedDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  // A comment can be a suppression only if the text names the directive: most files need no scan.
  const scanner = text.includes('nof-disable') ? new SuppressionScanner() : undefined;
  let composed: Document.Parsed[];
  try {
    composed = composeAll(text, scanner);
  } catch (error) {
    // Only exhaustion of the stack gets here (nesting the depth guard let through).
    if (error instanceof RangeError)
      return { uri, text, documents, diagnostics: [tooDeep(positions.range(0, 0), limits.maxDepth)], suppressions: [] };
    throw error;
  }
  composed.forEach((doc, index) => {
    if (isEmpty(doc) && doc.errors.length === 0 && doc.warnings.length === 0) return;
    const made = plainValue(doc, positions, valueLimits(options));
    const listed = listedProblems(doc, positions, made.diagnostics, made.hidden);
    for (const problem of listed.diagnostics) diagnostics.push(problem);
    if (isEmpty(doc)) return;
    documents.push(new ParsedDocument({ uri, index, yaml: doc, positions, value: made.value, reliable: listed.reliable }));
  });
  return { uri, text, documents, diagnostics, suppressions: scanner?.finish() ?? [] };
}

/** How a parsed document becomes plain values: with the alias-expansion and depth limits of the options. */
export function valueLimits(options: ParseOptions): ValueLimits {
  return { maxAliasCount: options.maxAliasCount ?? 100, maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth };
}

/**
 * yaml's parseAllDocuments (without pretty errors, nor its check of unique keys, which compares
 * each key with every key before it: {@link plainValue} finds duplicates). With a suppression
 * scanner, each lexer token goes to it too: lexing the text a second time for its comments cost
 * a third of a parse. Past a thousand stray tokens in a document the rest are left out: yaml
 * makes each one an Error, stack trace and all, and 2 MB of `]` took a minute; they are one
 * mistake, reported once (see documentProblems).
 */
export function composeAll(text: string, scanner?: SuppressionScanner): Document.Parsed[] {
  const parser = new Parser();
  const composer = new Composer({
    schema: 'core',
    uniqueKeys: false,
    stringKeys: true,
    prettyErrors: false,
    // The library would otherwise print warnings to the console.
    logLevel: 'silent',
  });
  const documents: Document.Parsed[] = [];
  let stray = 0;
  // Loops over the lexer, parser and composer steps rather than generators wrapping each other:
  // a generator per lexeme took a tenth of a parse.
  const compose = (tokens: Iterable<CST.Token>) => {
    for (const token of tokens) {
      if (token.type === 'document') stray = 0;
      else if (token.type === 'error' && ++stray > MAX_PER_DOCUMENT) continue;
      for (const document of composer.next(token)) documents.push(document as Document.Parsed);
    }
  };
  for (const lexeme of new Lexer().lex(text)) {
    scanner?.token(lexeme);
    compose(parser.next(lexeme));
  }
  compose(parser.end());
  for (const document of composer.end()) documents.push(document as Document.Parsed);
  return documents;
}

/** A document with no content: a bare `---`, or only comments. */
function isEmpty(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  return (
    contents === null ||
    (isScalar(contents) && contents.value === null && contents.range !== undefined && contents.range[0] === contents.range[1])
  );
}
