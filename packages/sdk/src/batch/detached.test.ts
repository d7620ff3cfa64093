import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../host/memory-host.js';
import { parseText } from '../parse/parse-text.js';
import { SchemaRegistry } from '../schema/registry.js';
import { DetachedDocument, Reparser } from './detached.js';
import { checkFile } from './file-check.js';

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const exampleFiles = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));

/** Every place in a value, as a JSON pointer. */
function pointers(value: unknown, at = ''): string[] {
  const children =
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => pointers(v, `${at}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`))
      : [];
  return [at, ...children, `${at}/missing`];
}

/** The ranges of every pointer of every document, from the whole file's parse and from the batch's documents. */
async function ranges(text: string) {
  const uri = 'mem:/file.yaml';
  const check = await checkFile({ uri, text }, new MemoryHost(), SchemaRegistry.shipped());
  const reparser = new Reparser(new Map([[uri, check.source]]));
  const whole = parseText(text, uri).documents;
  const expected: unknown[] = [];
  const found: unknown[] = [];
  check.documents.forEach((facts, i) => {
    const detached = new DetachedDocument(uri, facts, reparser);
    for (const pointer of pointers(whole[i]!.value)) {
      for (const part of ['key', 'value'] as const) {
        expected.push([facts.index, pointer, part, whole[i]!.rangeOf(pointer, part)]);
        found.push([facts.index, pointer, part, detached.rangeOf(pointer, part)]);
      }
    }
  });
  return { expected, found, documents: check.documents.length };
}

describe('a batch document parsed again alone', () => {
  it('gives every range a parse of its whole file gives, in files of many documents (a long text, kept deflated)', async () => {
    const all = exampleFiles.map((f) => readFileSync(examples + f, 'utf8'));
    const { expected, found, documents } = await ranges(all.join('---\n'));
    expect(documents).toBeGreaterThan(50);
    expect(found).toEqual(expected);
  });

  it('gives them with directives, comments, empty sections, end markers, flow documents and text beyond ASCII', async () => {
    const text = [
      '# a comment before the first document\n',
      'apiVersion: nof/v1\nkind: Consortium\nmetadata: { id: a, name: Café – “Ĉ” 😀 }\n# a comment after it\n',
      '---\n---\n# only a comment\n--- # a comment on the marker\n',
      'kind: X\nlist:\n  - { a: 1, b: [2, 3] }\n  - >-\n    folded\n    text\n...\n',
      '%YAML 1.2\n---\n{ "flow": "document", "n": [1, 2] }\n',
      '--- plain scalar document\n',
      '---\r\nwindows: line\r\nends: [x]\r\n',
    ].join('');
    const { expected, found, documents } = await ranges(text);
    expect(documents).toBe(5);
    expect(found).toEqual(expected);
  });
});
