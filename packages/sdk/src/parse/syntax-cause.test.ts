import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSyntaxCause } from './syntax-cause.js';

/** The cause's line, the text it covers and its message. */
function cause(text: string) {
  const found = findSyntaxCause(text);
  return found && { code: found.code, line: found.line, text: text.slice(found.start, found.end), message: found.message };
}

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url));
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );

describe('the line a YAML syntax error was made on', () => {
  it('is the over-indented property, not the line above where the parser notices it', () => {
    expect(cause('metadata:\n  id: a\n    name: b\n')).toEqual({
      code: 'yaml/syntax',
      line: 2,
      text: 'n',
      message:
        'This line is indented more than `id` above, which already has its value: line it up with the properties around it, or add a property name to hold it.',
    });
  });

  it('is a line indented between two levels, with both to choose from and a fix to the nearer', () => {
    const text = 'spec:\n  setting:\n    urn: "1"\n   care: x\n';
    expect(cause(text)).toMatchObject({
      line: 3,
      message:
        'This line is indented by 3 spaces, which lines up with nothing above it: indent it by 4 (like `urn`) or 2 (like `setting`).',
    });
    expect(findSyntaxCause(text)?.fix).toEqual({ start: 30, end: 33, newText: '    ', title: 'Indent by 4' });
  });

  it('is the `[` or `{` left open, not the next property where the parser notices', () => {
    expect(cause('labels: [a, b\nspec: 1\n')).toMatchObject({
      line: 0,
      text: '[',
      message: 'The list opened with `[` here is not closed: add `]` at its end.',
    });
    expect(cause('items:\n  - { type: a, cover: 5\n  - { type: b }\n')).toMatchObject({
      line: 1,
      message: 'The mapping opened with `{` here is not closed: add `}` at its end.',
    });
    expect(cause('a: [x, {b: 1}\n')).toMatchObject({ line: 0, message: expect.stringContaining('add `]` at its end') });
    expect(cause('a: [x, {b: 1\n')).toMatchObject({ line: 0, message: expect.stringContaining('add `}]` at its end') });
  });

  it('is the quote left open, not the end of the document where the parser gives up', () => {
    const text = 'a:\n  urn: "29002\n  name: b\n  c: "d"\n';
    expect(cause(text)).toMatchObject({
      line: 1,
      text: '"',
      message: 'The text opened with `"` here is not closed: add a closing `"` at its end.',
    });
    expect(cause('p:\n  - { version: "3.0, approved: x }\n  - { version: "2.0" }\n')).toMatchObject({ line: 1, text: '"' });
  });

  it('is a tab in the indentation, with spaces as the fix', () => {
    const found = findSyntaxCause('spec:\n  a:\n\t  b: 1\n');
    expect(found).toMatchObject({
      code: 'yaml/tab-indent',
      line: 2,
      message: 'Tabs are not allowed for indentation in YAML: indent with spaces.',
    });
    expect(found?.fix?.newText).toBe('    ');
  });

  it('is a list item among properties, or a property among list items', () => {
    expect(cause('spec:\n  a: 1\n  - b\n')).toMatchObject({
      line: 2,
      message: expect.stringContaining('cannot stand among properties such as `a`'),
    });
    expect(cause('members:\n  - authority: a\n    role: lead\n  notes: x\n')).toMatchObject({
      line: 3,
      message: expect.stringContaining('`notes` is written at the column of the list'),
    });
  });

  it('is a property name without its colon', () => {
    expect(cause('spec:\n  a: 1\n  n\n  b: 2\n')).toMatchObject({
      line: 2,
      text: 'n',
      message: expect.stringContaining('`n` stands among properties without a `:`'),
    });
  });

  it('is nothing in YAML written as NOF documents write it', () => {
    const valid = [
      'a: [1,\n  2]\nb: 1\n',
      'a: "x\n  y"\nb: 1\n',
      'a: >-\n  text\n    deeper # not a comment\n\n  more\nb: 1\n',
      'a:\n- x\n- y\nb: 1\n',
      'a: some text\n  that runs on\nb: 1\n',
      'a: 1\n---\nb: 2\n',
      "c: [{ m: charity's accounts, o: pass }]\n",
      'a: &x { b: 1 }\nc: *x\nd:\n  - &y\n    e: 1\n  - *y\n',
      'a:\n  - - x\n    - y\n  - z\n',
      '"quoted key": 1\n\'other\': 2\n',
    ];
    for (const text of valid) expect(cause(text), text).toBeUndefined();
  });

  it('is nothing in any of the examples', () => {
    for (const file of yamlFiles(examples)) expect(cause(readFileSync(file, 'utf8')), file).toBeUndefined();
  });
});
