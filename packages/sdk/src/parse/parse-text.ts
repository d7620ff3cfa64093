import { Composer, isScalar, Lexer, Parser, visit, YAMLParseError, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SuppressionScanner, type Suppression } from '../diagnostics/suppression.js';
import { checkInput, DEFAULT_LIMITS, tooDeep, type InputLimits } from './input-guards.js';
import { ParsedDocument } from './parsed-document.js';
import { PositionMapper, withLineFeeds } from './positions.js';
import { plainValue, type ValueLimits } from './plain-value.js';
import { spoilsValue, yamlErrorDiagnostic } from './yaml-problems.js';

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
  const scanner = new SuppressionScanner();
  let yamlDocs: Document.Parsed[];
  try {
    yamlDocs = composeAll(text, scanner);
  } catch (error) {
    // Only exhaustion of the stack gets here (nesting the depth guard let through).
    if (error instanceof RangeError)
      return { uri, text, documents, diagnostics: [tooDeep(positions.range(0, 0), limits.maxDepth)], suppressions: [] };
    throw error;
  }
  yamlDocs.forEach((doc, index) => {
    const found: Diagnostic[] = [];
    for (const error of doc.errors) found.push(yamlErrorDiagnostic(error, positions, 'error'));
    for (const warning of doc.warnings) found.push(yamlErrorDiagnostic(warning, positions, 'warning'));
    if (isEmpty(doc) && found.length === 0) return;
    const made = plainValue(doc, positions, valueLimits(options));
    for (const problem of made.diagnostics) found.push(problem);
    for (const problem of found) diagnostics.push(problem);
    if (isEmpty(doc)) return;
    documents.push(new ParsedDocument({ uri, index, yaml: doc, positions, value: made.value, reliable: !found.some(spoilsValue) }));
  });
  return { uri, text, documents, diagnostics, suppressions: scanner.finish() };
}

/** How a parsed document becomes plain values: with the alias-expansion and depth limits of the options. */
export function valueLimits(options: ParseOptions): ValueLimits {
  return { maxAliasCount: options.maxAliasCount ?? 100, maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth };
}

/**
 * yaml's parseAllDocuments (without pretty errors). With a suppression scanner, each lexer token
 * goes to it too: lexing the text a second time for its comments cost a third of a parse.
 */
export function composeAll(text: string, scanner?: SuppressionScanner): Document.Parsed[] {
  const parser = new Parser();
  const composer = new Composer({
    schema: 'core',
    // Checked below, once per mapping: yaml compares each key with every key before it.
    uniqueKeys: false,
    stringKeys: true,
    prettyErrors: false,
    // The library would otherwise print warnings to the console.
    logLevel: 'silent',
  });
  function* tokens() {
    for (const lexeme of new Lexer().lex(text)) {
      scanner?.token(lexeme);
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  const documents = Array.from(composer.compose(tokens())) as Document.Parsed[];
  for (const document of documents) reportDuplicateKeys(document);
  return documents;
}

/** A DUPLICATE_KEY error, as yaml's own, on the whole of each key a mapping already has. */
function reportDuplicateKeys(document: Document.Parsed): void {
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key) || !key.range) continue;
        if (seen.has(key.value))
          document.errors.push(new YAMLParseError([key.range[0], key.range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
        seen.add(key.value);
      }
    },
  });
}

/** A document with no content: a bare `---`, or only comments. */
function isEmpty(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  return (
    contents === null ||
    (isScalar(contents) && contents.value === null && contents.range !== undefined && contents.range[0] === contents.range[1])
  );
}
