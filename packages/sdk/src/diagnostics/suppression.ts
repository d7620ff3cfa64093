import { CST, Lexer } from 'yaml';
import type { Diagnostic, Range } from './diagnostic.js';
import { effectiveSeverity, type RuleSettings } from '../rules/settings.js';
import { withLineFeeds } from '../parse/positions.js';

/** Codes of the findings about suppression comments themselves (never suppressible). */
export const SUPPRESSION_CODES = { missingReason: 'suppression/missing-reason', unused: 'suppression/unused' } as const;

/**
 * One `# nof-disable-next-line <rule-id>[, <rule-id>...] -- <reason>` (the next line holding
 * YAML content) or `# nof-disable <rule-id>... -- <reason>` (the whole `---` document it is in).
 */
export interface Suppression {
  scope: 'next-line' | 'document';
  rules: Array<{ id: string; range: Range }>;
  reason: string | undefined;
  /** The comment. */
  range: Range;
  /** 0-based lines covered, end exclusive. */
  fromLine: number;
  toLine: number;
}

const DIRECTIVE = /^#\s*nof-disable(-next-line)?(?=\s|$)(.*)$/;

/** Lexer tokens that mark structure without consuming source text. */
const ZERO_WIDTH = new Set(['doc-mode', 'flow-error-end', 'scalar']);

interface Token {
  text: string;
  line: number;
  character: number;
}

function isContent(type: string | null, text: string): boolean {
  return type !== 'comment' && type !== 'newline' && type !== 'space' && type !== 'doc-start' && type !== 'doc-end' && text.trim() !== '';
}

/** A directive comment seen, with what is known of the lines it covers so far. */
interface Pending {
  token: Token;
  /** 0-based line of the first content token after the comment's line (-1 until one comes). */
  nextContentLine: number;
  /** Index of the `---` document it is in, into the document starts. */
  document: number;
}

/**
 * Finds suppression comments in the yaml lexer's tokens as they go past, so that a parse, which
 * lexes the text anyway, finds them without lexing it again (the lexer tells comments apart from
 * `#` inside text). Feed every lexeme to {@link token}, then call {@link finish}.
 */
export class SuppressionScanner {
  private line = 0;
  private character = 0;
  /** 0-based first line of each `---` document that holds content (comments above `---` join the document below). */
  private readonly starts = [0];
  private hasContent = false;
  private readonly found: Pending[] = [];
  /** Directives still waiting for the next content line. */
  private waiting: Pending[] = [];

  token(source: string): void {
    const type = CST.tokenType(source) ?? null;
    if (type !== null && ZERO_WIDTH.has(type) && source.length === 1) return;
    if (type === 'comment') {
      // Only a comment naming the directive can be one: the rest need no more work.
      if (source.includes('nof-disable') && DIRECTIVE.test(source)) {
        const pending = {
          token: { text: source, line: this.line, character: this.character },
          nextContentLine: -1,
          document: this.starts.length - 1,
        };
        this.found.push(pending);
        this.waiting.push(pending);
      }
    } else if (type === 'doc-start') {
      if (this.hasContent) {
        this.starts.push(this.line);
        this.hasContent = false;
      }
    } else if (isContent(type, source)) {
      this.hasContent = true;
      if (this.waiting.length) {
        for (const pending of this.waiting) if (this.line > pending.token.line) pending.nextContentLine = this.line;
        this.waiting = this.waiting.filter((p) => p.nextContentLine < 0);
      }
    }
    this.advance(source);
  }

  /** Every suppression comment among the tokens fed. */
  finish(): Suppression[] {
    return this.found.map(({ token, nextContentLine, document }) => {
      const documentLines: [number, number] = [this.starts[document] ?? 0, this.starts[document + 1] ?? Number.MAX_SAFE_INTEGER];
      // A next-line directive with nothing after it covers no line: it is reported as unused.
      return parseDirective(token, nextContentLine, documentLines);
    });
  }

  /** Moves the position past a token: newlines are counted with indexOf (a per-character loop costs more than the lexing). */
  private advance(source: string): void {
    let newline = source.indexOf('\n');
    if (newline < 0) {
      this.character += source.length;
      return;
    }
    let last = newline;
    while (newline >= 0) {
      this.line++;
      last = newline;
      newline = source.indexOf('\n', newline + 1);
    }
    this.character = source.length - last - 1;
  }
}

function parseDirective(token: Token, nextContentLine: number, documentLines: [number, number]): Suppression {
  const match = DIRECTIVE.exec(token.text)!;
  const body = match[2] ?? '';
  const separator = body.indexOf('--');
  const list = separator < 0 ? body : body.slice(0, separator);
  const reason = separator < 0 ? undefined : body.slice(separator + 2).trim() || undefined;
  const bodyStart = token.character + token.text.length - body.length;
  const rules: Suppression['rules'] = [];
  for (const found of list.matchAll(/[^\s,]+/g)) {
    const start = bodyStart + (found.index ?? 0);
    rules.push({
      id: found[0],
      range: { start: { line: token.line, character: start }, end: { line: token.line, character: start + found[0].length } },
    });
  }
  const range = {
    start: { line: token.line, character: token.character },
    end: { line: token.line, character: token.character + token.text.length },
  };
  const [fromLine, toLine] = match[1] ? [nextContentLine, nextContentLine + 1] : documentLines;
  return { scope: match[1] ? 'next-line' : 'document', rules, reason, range, fromLine, toLine };
}

/** Every suppression comment in a file's text (parseText finds them too, as `suppressions`, without lexing again). */
export function findSuppressions(text: string): Suppression[] {
  const scanner = new SuppressionScanner();
  for (const source of new Lexer().lex(withLineFeeds(text))) scanner.token(source);
  return scanner.finish();
}

/**
 * Drops the diagnostics that a suppression covers and adds a warning for each suppression
 * without a reason and each rule id in one that suppressed nothing (a stale or misspelt id).
 * Suppression warnings obey nof.config.yaml settings like any rule. When the rules did not run
 * on every document (YAML or schema errors stop them), a suppression that suppressed nothing
 * may yet be needed, so none is called unused.
 */
export function applySuppressions(
  diagnostics: Diagnostic[],
  suppressions: Suppression[],
  settings?: RuleSettings,
  rulesRan = true,
): Diagnostic[] {
  const used = new Set<string>();
  const kept = diagnostics.filter((d) => {
    if (d.code.startsWith('suppression/')) return true;
    const line = d.range.start.line;
    let suppressed = false;
    suppressions.forEach((s, i) =>
      s.rules.forEach((r, j) => {
        if (r.id === d.code && line >= s.fromLine && line < s.toLine) {
          used.add(`${i}:${j}`);
          suppressed = true;
        }
      }),
    );
    return !suppressed;
  });
  const push = (code: string, message: string, range: Range): void => {
    const severity = effectiveSeverity(settings, code, 'warning');
    if (severity) kept.push({ severity, code, message, path: '', range });
  };
  suppressions.forEach((s, i) => {
    if (s.reason === undefined) {
      push(SUPPRESSION_CODES.missingReason, 'Say why this check is turned off: add `-- <reason>` after the rule id.', s.range);
    }
    if (s.rules.length === 0)
      push(SUPPRESSION_CODES.unused, 'This suppression names no rule: write the rule id after `nof-disable`.', s.range);
    s.rules.forEach((r, j) => {
      if (used.has(`${i}:${j}`) || !rulesRan) return;
      const where = s.scope === 'next-line' ? 'on the next line' : 'in this document';
      push(SUPPRESSION_CODES.unused, `Nothing ${where} is reported by ${r.id}, so this suppression does nothing: remove it.`, r.range);
    });
  });
  return kept;
}
