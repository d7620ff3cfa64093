/**
 * Where a YAML syntax error was made. The yaml parser reports where it noticed trouble, which
 * is often a line or many lines later than the mistake (an unclosed `[` is noticed at the next
 * property, an over-indented key on the line above it, an unclosed quote at the end of the
 * document), and then reports the consequences too. This reads the lines as a person would,
 * tracking the indentation of the open mappings and lists, and stops at the first line that
 * cannot be what the author meant.
 */

/** The mistake found: its offsets in the text, a message that says what to do, and the fix when it is certain. */
export interface SyntaxCause {
  code: 'yaml/syntax' | 'yaml/tab-indent';
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
  message: string;
  /** Text to put in place of `[start, end)` that removes the mistake. */
  fix?: { start: number; end: number; newText: string; title: string };
}

/** A block mapping or list that is open at some indentation, with the last key seen in it. */
interface Level {
  indent: number;
  kind: 'map' | 'seq';
  key?: string;
}

/** What the lines after the current one continue, if anything. */
type Mode =
  | { type: 'none' }
  /** `key:` or `-` with nothing after it: the next line may open a deeper block. */
  | { type: 'opener'; indent: number; fromKey: boolean }
  /** A plain value: deeper lines continue its text. */
  | { type: 'plain'; indent: number; key: string | undefined }
  /** A `|` or `>` scalar: deeper lines are its text. */
  | { type: 'block-scalar'; indent: number }
  /** A `[` or `{` left open at the end of a line. */
  | { type: 'flow'; indent: number; at: number; open: string[] }
  /** A quoted value left open at the end of a line. */
  | { type: 'quote'; indent: number; at: number; quote: string; inFlow: boolean };

const KEY_END = /:(?=\s|$)/;

/**
 * The first mistake in `text` between `from` and `to` (a document's range), or undefined when
 * every line reads as intended. Blocks written in ways this does not follow (explicit `? `
 * keys, directives) end the search without a finding.
 */
export function findSyntaxCause(text: string, from = 0, to = text.length): SyntaxCause | undefined {
  const scan = new LineScan(text);
  let line = lineNumber(text, from);
  for (let start = from; start < to; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > to ? to : newline;
    const outcome = scan.line(start, end, line);
    if (outcome === 'stop') return undefined;
    if (outcome) return outcome;
    start = end + 1;
  }
  return scan.atEnd();
}

function lineNumber(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

class LineScan {
  private levels: Level[] = [];
  private mode: Mode = { type: 'none' };
  private lineOfMode = 0;

  constructor(private readonly text: string) {}

  /** Reads one line; a cause when the line is a mistake, `stop` when the line is beyond what this follows. */
  line(start: number, end: number, line: number): SyntaxCause | 'stop' | undefined {
    const raw = this.text.slice(start, end).replace(/\r$/, '');
    const content = raw.trimStart();
    const lead = raw.slice(0, raw.length - content.length);
    const indent = lead.length;
    if (content === '') return undefined;
    const mode = this.mode;
    if (mode.type === 'block-scalar') {
      if (spaces(lead) > mode.indent) return undefined;
      this.mode = { type: 'none' };
    }
    if (mode.type === 'quote') return this.inQuote(mode, raw, indent);
    if (mode.type === 'flow') return this.inFlow(mode, raw, content, indent);
    if (lead.includes('\t')) return tabCause(start, lead, line);
    if (content.startsWith('#')) return undefined;
    if (/^(---|\.\.\.)(\s|$)/.test(raw)) {
      this.levels = [];
      this.mode = { type: 'none' };
      return undefined;
    }
    if (/^[%?]/.test(content) || /^[&!*]/.test(content)) return 'stop';
    if (mode.type === 'plain') {
      if (indent > mode.indent) return startsMapping(content) ? overIndented(start, indent, line, mode.key) : undefined;
      this.mode = { type: 'none' };
    }
    if (mode.type === 'opener') {
      this.mode = { type: 'none' };
      const seq = isSeqItem(content);
      if (indent > mode.indent || (indent === mode.indent && seq && mode.fromKey)) {
        this.levels.push({ indent, kind: seq ? 'seq' : 'map' });
        return this.entry(start, content, indent, line);
      }
    }
    // Back out to the block this line belongs to. A list written at its property's column
    // (`key:` then `- a`) ends at the next line there that is not an item.
    let deeper: Level | undefined;
    while ((this.levels.at(-1)?.indent ?? -1) > indent) deeper = this.levels.pop();
    const below = this.levels.at(-2);
    if (!isSeqItem(content) && this.levels.at(-1)?.kind === 'seq' && below?.kind === 'map' && below.indent === indent) this.levels.pop();
    const level = this.levels.at(-1);
    if (!level || level.indent !== indent) {
      if (deeper) return misIndented(start, indent, line, deeper, level);
      if (level) return overIndented(start, indent, line, level.key);
      this.levels.push({ indent, kind: isSeqItem(content) ? 'seq' : 'map' });
    }
    return this.entry(start, content, indent, line);
  }

  /** After the last line: a flow collection or quote still open was never closed. */
  atEnd(): SyntaxCause | undefined {
    if (this.mode.type === 'flow') return unclosedFlow(this.mode, this.lineOfMode);
    if (this.mode.type === 'quote') return unclosedQuote(this.mode, this.lineOfMode);
    return undefined;
  }

  /** A line's content at a level it belongs to: `- ...` items or a `key: value`. */
  private entry(start: number, content: string, indent: number, line: number): SyntaxCause | 'stop' | undefined {
    const level = this.levels.at(-1) as Level;
    const at = (column: number) => start + column;
    let column = indent;
    let rest = content;
    let dash: number | undefined;
    while (isSeqItem(rest)) {
      if (dash === undefined && level.kind === 'map') return itemAmongProperties(at(column), line, level.key);
      const after = rest.slice(1);
      dash = column;
      if (after.trim() === '' || after.trimStart().startsWith('#')) {
        this.mode = { type: 'opener', indent: column, fromKey: false };
        return undefined;
      }
      column += 1 + after.length - after.trimStart().length;
      rest = after.trimStart();
      if (isSeqItem(rest)) this.levels.push({ indent: column, kind: 'seq' });
    }
    const key = keyOf(rest);
    if (key === undefined) {
      if (dash === undefined && (this.levels.length > 1 || level.key !== undefined)) return notAProperty(at(column), rest, line);
      return this.value(rest, at(column), dash ?? column, undefined, line);
    }
    if (dash === undefined && level.kind === 'seq') return propertyAmongItems(at(column), line, key.name);
    if (dash !== undefined) this.levels.push({ indent: column, kind: 'map', key: key.name });
    else level.key = key.name;
    const value = rest.slice(key.length).trimStart();
    if (value === '' || value.startsWith('#')) {
      this.mode = { type: 'opener', indent: column, fromKey: true };
      return undefined;
    }
    return this.value(value, at(column) + rest.length - value.length, column, key.name, line);
  }

  /** A value written after `key:` or `- `, owned by the block at `owner`. */
  private value(value: string, at: number, owner: number, key: string | undefined, line: number): SyntaxCause | 'stop' | undefined {
    const props = /^((?:[&!]\S*(?:\s+|$))*)/.exec(value)?.[1] ?? '';
    const rest = value.slice(props.length);
    if (rest === '' || rest.startsWith('#')) {
      this.mode = { type: 'opener', indent: owner, fromKey: true };
      return undefined;
    }
    const first = rest[0] as string;
    if (first === '|' || first === '>') this.mode = { type: 'block-scalar', indent: owner };
    else if (first === '[' || first === '{') {
      const open = unclosedBrackets(rest);
      if (open === 'stop') return 'stop';
      if ('quote' in open)
        this.mode = { type: 'quote', indent: owner, at: at + props.length + open.quote, quote: rest[open.quote] as string, inFlow: true };
      else if (open.length) this.mode = { type: 'flow', indent: owner, at: at + props.length, open };
    } else if (first === '"' || first === "'") {
      if (closingQuote(rest, 1, first) < 0)
        this.mode = { type: 'quote', indent: owner, at: at + props.length, quote: first, inFlow: false };
    } else if (first !== '*') this.mode = { type: 'plain', indent: owner, key };
    this.lineOfMode = line;
    return undefined;
  }

  private inQuote(mode: Extract<Mode, { type: 'quote' }>, raw: string, indent: number): SyntaxCause | 'stop' | undefined {
    // A quoted value may run over lines indented deeper than its owner; a line that is not is where it should have ended.
    if (indent <= mode.indent) return unclosedQuote(mode, this.lineOfMode);
    if (closingQuote(raw, 0, mode.quote) < 0) return undefined;
    // The rest of a flow collection after a quote that ran over lines is more than this follows.
    if (mode.inFlow) return 'stop';
    this.mode = { type: 'none' };
    return undefined;
  }

  private inFlow(mode: Extract<Mode, { type: 'flow' }>, raw: string, content: string, indent: number): SyntaxCause | 'stop' | undefined {
    if (indent <= mode.indent && !/^[\]}]/.test(content)) return unclosedFlow(mode, this.lineOfMode);
    const open = unclosedBrackets(raw, mode.open);
    if (open === 'stop' || 'quote' in open) return 'stop';
    if (!open.length) this.mode = { type: 'none' };
    else mode.open = open;
    return undefined;
  }
}

function spaces(lead: string): number {
  const tab = lead.indexOf('\t');
  return tab < 0 ? lead.length : tab;
}

function isSeqItem(content: string): boolean {
  return content === '-' || /^-\s/.test(content);
}

/** Content that reads as a new property (`name: value`) or list item, rather than more text. */
function startsMapping(content: string): boolean {
  return keyOf(content) !== undefined;
}

/** The key at the start of some content, with the length up to and including its colon. */
function keyOf(content: string): { name: string; length: number } | undefined {
  const first = content[0];
  if (first === '"' || first === "'") {
    const close = closingQuote(content, 1, first);
    if (close < 0) return undefined;
    const after = /^\s*:(?=\s|$)/.exec(content.slice(close + 1));
    return after ? { name: content.slice(1, close), length: close + 1 + after[0].length } : undefined;
  }
  if (first === undefined || '[]{},#&*!|>%@`'.includes(first) || isSeqItem(content)) return undefined;
  const comment = content.search(/\s#/);
  const plain = comment < 0 ? content : content.slice(0, comment);
  const colon = KEY_END.exec(plain);
  if (!colon) return undefined;
  return { name: plain.slice(0, colon.index).trimEnd(), length: colon.index + 1 };
}

/** Index of the quote that closes a quoted scalar begun before `from`, or -1. */
function closingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * The brackets still open at the end of a line of a flow collection, given those open before it;
 * `quote` when a quoted scalar is left open (its offset in the line).
 */
function unclosedBrackets(line: string, open: string[] = []): string[] | { quote: number } | 'stop' {
  const stack = [...open];
  // A quote starts a scalar only where a scalar can start: not `'` in `charity's`.
  let scalarStart = open.length > 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if ((c === '"' || c === "'") && scalarStart) {
      const close = closingQuote(line, i + 1, c);
      if (close < 0) return { quote: i };
      i = close;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] as string))) break;
    else if (c === '[' || c === '{') stack.push(c);
    else if (c === ']' || c === '}') {
      if (stack.pop() !== (c === ']' ? '[' : '{')) return 'stop';
      if (!stack.length && line.slice(i + 1).trim() !== '' && !/^\s+#/.test(line.slice(i + 1))) return 'stop';
    }
    if (!/\s/.test(c)) scalarStart = '[{,:'.includes(c) || (c === '?' && scalarStart);
  }
  return stack;
}

// The causes, each with what to do about it.

function tabCause(start: number, lead: string, line: number): SyntaxCause {
  const width = lead.replace(/\t/g, '  ').length;
  return {
    code: 'yaml/tab-indent',
    start,
    end: start + lead.length,
    line,
    message: 'Tabs are not allowed for indentation in YAML: indent with spaces.',
    fix: { start, end: start + lead.length, newText: ' '.repeat(width), title: 'Indent with spaces' },
  };
}

function overIndented(start: number, indent: number, line: number, key: string | undefined): SyntaxCause {
  const above = key === undefined ? 'the line above' : `\`${key}\` above`;
  return {
    code: 'yaml/syntax',
    start: start + indent,
    end: start + indent + 1,
    line,
    message: `This line is indented more than ${above}, which already has its value: line it up with the properties around it, or add a property name to hold it.`,
  };
}

function misIndented(start: number, indent: number, line: number, deeper: Level, outer: Level | undefined): SyntaxCause {
  const name = (level: Level) => (level.kind === 'seq' ? 'the list items above' : level.key ? `\`${level.key}\`` : 'the lines above');
  const choices = outer
    ? `${deeper.indent} (like ${name(deeper)}) or ${outer.indent} (like ${name(outer)})`
    : `${deeper.indent} (like ${name(deeper)})`;
  return {
    code: 'yaml/syntax',
    start,
    end: start + indent,
    line,
    message: `This line is indented by ${indent} ${indent === 1 ? 'space' : 'spaces'}, which lines up with nothing above it: indent it by ${choices}.`,
    fix: { start, end: start + indent, newText: ' '.repeat(deeper.indent), title: `Indent by ${deeper.indent}` },
  };
}

function itemAmongProperties(at: number, line: number, key: string | undefined): SyntaxCause {
  const where = key === undefined ? 'properties' : `properties such as \`${key}\``;
  return {
    code: 'yaml/syntax',
    start: at,
    end: at + 1,
    line,
    message: `A list item (\`- \`) cannot stand among ${where}: indent it under the property it belongs to.`,
  };
}

function propertyAmongItems(at: number, line: number, name: string): SyntaxCause {
  return {
    code: 'yaml/syntax',
    start: at,
    end: at + name.length,
    line,
    message: `\`${name}\` is written at the column of the list's \`- \` marks: indent it to line up with the properties of the item above, or start a new item with \`- \`.`,
  };
}

function notAProperty(at: number, content: string, line: number): SyntaxCause {
  const text = content.replace(/\s+#.*$/, '').trimEnd();
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  // `name:value`: the colon is there, the space after it is not.
  const colon = /^[^\s:'"[\]{},]+:(?=\S)/.exec(text);
  if (colon) {
    const name = colon[0].slice(0, -1);
    const after = at + colon[0].length;
    return {
      code: 'yaml/syntax',
      start: at,
      end: at + text.length,
      line,
      message: `\`${shown}\` needs a space after the colon to be the property \`${name}\`: write \`${name}: ${text.slice(colon[0].length)}\`.`,
      fix: { start: after, end: after, newText: ' ', title: 'Add a space after the colon' },
    };
  }
  // `name value`: most likely a property whose colon was left out.
  const word = /^([A-Za-z][A-Za-z0-9_-]*) +(?=\S)/.exec(text);
  const asProperty = word ? `\`${word[1]}: ${text.slice(word[0].length)}\`` : '`name: value`';
  return {
    code: 'yaml/syntax',
    start: at,
    end: at + text.length,
    line,
    message: `\`${shown}\` stands among properties without a \`:\`: write it as ${asProperty}, or indent it under the property whose text it continues.`,
  };
}

function unclosedFlow(mode: Extract<Mode, { type: 'flow' }>, line: number): SyntaxCause {
  const first = mode.open[0] === '[' ? 'list' : 'mapping';
  const closers = [...mode.open]
    .reverse()
    .map((b) => (b === '[' ? ']' : '}'))
    .join('');
  return {
    code: 'yaml/syntax',
    start: mode.at,
    end: mode.at + 1,
    line,
    message: `The ${first} opened with \`${mode.open[0]}\` here is not closed: add \`${closers}\` at its end.`,
  };
}

function unclosedQuote(mode: Extract<Mode, { type: 'quote' }>, line: number): SyntaxCause {
  return {
    code: 'yaml/syntax',
    start: mode.at,
    end: mode.at + 1,
    line,
    message: `The text opened with \`${mode.quote}\` here is not closed: add a closing \`${mode.quote}\` at its end.`,
  };
}
