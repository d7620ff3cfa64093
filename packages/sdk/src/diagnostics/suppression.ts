import { CST, Lexer } from 'yaml';
import type { Diagnostic, Range } from './diagnostic.js';
import { effectiveSeverity, type RuleSettings } from '../rules/settings.js';

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
  type: string | null;
  line: number;
  character: number;
}

/** The file's tokens with positions (the yaml lexer tells comments apart from `#` inside text). */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let line = 0;
  let character = 0;
  for (const source of new Lexer().lex(text)) {
    const type = CST.tokenType(source) ?? null;
    if (type !== null && ZERO_WIDTH.has(type) && source.length === 1) continue;
    out.push({ text: source, type, line, character });
    for (const ch of source) {
      if (ch === '\n') {
        line++;
        character = 0;
      } else character += ch.length;
    }
  }
  return out;
}

function isContent(token: Token): boolean {
  return token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space' && token.type !== 'doc-start' && token.type !== 'doc-end' && token.text.trim() !== '';
}

/** 0-based first line of each `---` document that holds content (comments above `---` join the document below). */
function documentStarts(all: Token[]): number[] {
  const starts = [0];
  let hasContent = false;
  for (const token of all) {
    if (token.type === 'doc-start' && hasContent) {
      starts.push(token.line);
      hasContent = false;
    } else if (isContent(token)) hasContent = true;
  }
  return starts;
}

function parseDirective(token: Token, nextContentLine: number, documentLines: [number, number]): Suppression | undefined {
  const match = DIRECTIVE.exec(token.text);
  if (!match) return undefined;
  const body = match[2] ?? '';
  const separator = body.indexOf('--');
  const list = separator < 0 ? body : body.slice(0, separator);
  const reason = separator < 0 ? undefined : body.slice(separator + 2).trim() || undefined;
  const bodyStart = token.character + token.text.length - body.length;
  const rules: Suppression['rules'] = [];
  for (const found of list.matchAll(/[^\s,]+/g)) {
    const start = bodyStart + (found.index ?? 0);
    rules.push({ id: found[0], range: { start: { line: token.line, character: start }, end: { line: token.line, character: start + found[0].length } } });
  }
  const range = { start: { line: token.line, character: token.character }, end: { line: token.line, character: token.character + token.text.length } };
  const [fromLine, toLine] = match[1] ? [nextContentLine, nextContentLine + 1] : documentLines;
  return { scope: match[1] ? 'next-line' : 'document', rules, reason, range, fromLine, toLine };
}

/** Every suppression comment in a file's text. */
export function findSuppressions(text: string): Suppression[] {
  const all = tokens(text);
  const starts = documentStarts(all);
  const out: Suppression[] = [];
  let next = 0; // index of the first content token after the current comment's line
  all.forEach((token) => {
    if (token.type !== 'comment') return;
    while (next < all.length && !(isContent(all[next]!) && all[next]!.line > token.line)) next++;
    const docIndex = starts.filter((s) => s <= token.line).length - 1;
    const documentLines: [number, number] = [starts[docIndex] ?? 0, starts[docIndex + 1] ?? Number.MAX_SAFE_INTEGER];
    // A next-line directive with nothing after it covers no line: it is reported as unused.
    const suppression = parseDirective(token, all[next]?.line ?? -1, documentLines);
    if (suppression) out.push(suppression);
  });
  return out;
}

/**
 * Drops the diagnostics that a suppression covers and adds a warning for each suppression
 * without a reason and each rule id in one that suppressed nothing (a stale or misspelt id).
 * Suppression warnings obey nof.config.yaml settings like any rule.
 */
export function applySuppressions(diagnostics: Diagnostic[], suppressions: Suppression[], settings?: RuleSettings): Diagnostic[] {
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
    if (s.rules.length === 0) push(SUPPRESSION_CODES.unused, 'This suppression names no rule: write the rule id after `nof-disable`.', s.range);
    s.rules.forEach((r, j) => {
      if (used.has(`${i}:${j}`)) return;
      const where = s.scope === 'next-line' ? 'on the next line' : 'in this document';
      push(SUPPRESSION_CODES.unused, `Nothing ${where} is reported by ${r.id}, so this suppression does nothing: remove it.`, r.range);
    });
  });
  return kept;
}
