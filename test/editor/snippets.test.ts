import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KINDS } from '../../packages/schemas/src/index.js';
import { validateText } from '../../packages/sdk/src/index.js';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const snippets = JSON.parse(readFileSync(new URL('../../extension/snippets/nof.code-snippets', import.meta.url), 'utf8')) as Record<
  string,
  Snippet
>;
const today = new Date().toISOString().slice(0, 10);

/** The text VS Code inserts when every placeholder keeps its default (first choice). */
function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, today)
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}

/** Schema problems only: references to documents the snippet cannot know are the author's to fill. */
function schemaProblems(text: string): string[] {
  return validateText(text, 'file:///snippet.yaml').diagnostics.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`);
}

describe('snippets', () => {
  test.each(KINDS.map((kind) => [kind]))('%s: a whole document that is valid as inserted', (kind) => {
    const snippet = snippets[kind];
    expect(snippet, `no snippet for ${kind}`).toBeDefined();
    const text = expand(snippet!.body);
    expect(text).toMatch(new RegExp(`^apiVersion: nof/v1\\nkind: ${kind}\\n`));
    expect(schemaProblems(text)).toEqual([]);
  });

  /** A block snippet, indented and placed where it belongs in a host document. */
  const blocks: Array<[name: string, host: string, indent: string]> = [
    ['Lot with tiers', 'Consortium', ' '.repeat(8)],
    ['Outcome with measure and target', 'PlacementAgreement', ' '.repeat(4)],
    ['Outcome review', 'OutcomeTracker', ' '.repeat(4)],
    ['Assessed need', 'PlacementAgreement', ' '.repeat(4)],
  ];
  test.each(blocks)('%s: valid inside a %s', (name, host, indent) => {
    const block = expand(snippets[name]!.body)
      .split('\n')
      .map((line) => (line ? indent + line : line))
      .join('\n');
    const hostText = expand(snippets[host]!.body).trimEnd();
    const parent = {
      'Lot with tiers': '      lots:',
      'Outcome with measure and target': '  outcomes:',
      'Outcome review': '  reviews:',
      'Assessed need': '  assessedNeeds:',
    }[name]!;
    // Block snippets go in a list the host either has (lots, reviews) or gets (outcomes, needs).
    const text = hostText.includes(`\n${parent}\n`)
      ? hostText.replace(`\n${parent}\n`, `\n${parent}\n${block}\n`)
      : `${hostText}\n${parent}\n${block}\n`;
    expect(schemaProblems(text)).toEqual([]);
  });

  test('every snippet has a nof- prefix and a description', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      expect(snippet.prefix, name).toMatch(/^nof-[a-z-]+$/);
      expect(snippet.description.length, name).toBeGreaterThan(20);
    }
  });
});
