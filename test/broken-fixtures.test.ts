import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, schemaFileName } from '../packages/schemas/src/index.js';
import { validateText, type Diagnostic } from '../packages/sdk/src/index.js';
import { describe, expect, it } from 'vitest';

// Every file under test/fixtures/broken/<kind-file-stem>/ breaks one thing, and says in its
// leading comment what the SDK must report about it:
//
//   # expect: <code> <JSON pointer, or "" for none> line <0-based line> [says "<text in the message>"]
//
// Several `# expect:` lines may lead a file when one fault yields several diagnostics. The SDK
// must report exactly the expected diagnostics, so a fixture cannot pass by accident while its
// real fault goes unreported or is reported somewhere else.

const root = fileURLToPath(new URL('..', import.meta.url));
const fixturesDir = join(root, 'test/fixtures/broken');
const EXPECT = /^# expect: (\S+) (\S+) line (\d+)(?: says "(.*)")?$/;

/** Fewest fixtures each kind must have, so that every kind's schema is exercised. */
const MIN_PER_KIND = 5;

interface Expectation {
  code: string;
  path: string;
  line: number;
  says?: string;
}

interface Fixture {
  name: string;
  text: string;
  expected: Expectation[];
}

/** `needs-outcomes-framework.schema.json` → `needs-outcomes-framework`: the kind's folder name. */
const kindFolder = (kind: string) => schemaFileName(kind).replace(/\.schema\.json$/, '');

function readFixture(file: string): Fixture {
  const text = readFileSync(file, 'utf8');
  const expected: Expectation[] = [];
  for (const line of text.split('\n')) {
    const match = EXPECT.exec(line);
    if (!match) break;
    const [, code, path, lineNumber, says] = match;
    expected.push({ code: code!, path: path === '""' ? '' : path!, line: Number(lineNumber), ...(says === undefined ? {} : { says }) });
  }
  return { name: relative(fixturesDir, file), text, expected };
}

const folders = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const fixtures = folders.flatMap((folder) =>
  readdirSync(join(fixturesDir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFixture(join(fixturesDir, folder, f))),
);

/** What a diagnostic is identified by in an expectation. */
const located = (d: Pick<Diagnostic, 'code' | 'path'> & { line: number }) => `${d.code} ${d.path === '' ? '""' : d.path} line ${d.line}`;

describe('broken fixtures', () => {
  it.each(KINDS.map((kind) => [kind, kindFolder(kind)]))(`%s has at least ${MIN_PER_KIND} (in %s/)`, (_kind, folder) => {
    expect(fixtures.filter((f) => f.name.startsWith(`${folder}/`)).length).toBeGreaterThanOrEqual(MIN_PER_KIND);
  });

  it('live only in folders named after a kind', () => {
    expect(folders.filter((folder) => !KINDS.map(kindFolder).includes(folder))).toEqual([]);
  });

  it('cover every kind of fault: unknown key, wrong type, enum, pattern, format, missing property, YAML syntax, wrong apiVersion and kind', () => {
    const codes = new Set(fixtures.flatMap((f) => f.expected.map((e) => e.code)));
    for (const code of [
      'schema/additionalProperties',
      'schema/type',
      'schema/enum',
      'schema/pattern',
      'schema/format',
      'schema/required',
      'yaml/syntax',
      'nof/unknown-api-version',
      'nof/unknown-kind',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it.each(fixtures.map((f) => [f.name, f]))('%s is reported where its comment says', (_name, fixture) => {
    expect(fixture.expected.length, 'the file must start with "# expect: <code> <path> line <n>"').toBeGreaterThan(0);
    const { diagnostics } = validateText(fixture.text, fixture.name);
    const reported = diagnostics.map((d) => located({ code: d.code, path: d.path, line: d.range.start.line }));
    expect(reported).toEqual(fixture.expected.map(located));

    const lineCount = fixture.text.split('\n').length;
    fixture.expected.forEach((expectation, i) => {
      const diagnostic = diagnostics[i]!;
      expect(diagnostic.severity).toBe('error');
      expect(diagnostic.range.end.line).toBeLessThan(lineCount);
      expect(diagnostic.message.length).toBeGreaterThan(0);
      if (expectation.says !== undefined) expect(diagnostic.message).toContain(expectation.says);
    });
  });
});
