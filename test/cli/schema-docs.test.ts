import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSchemaDocs } from '../../packages/sdk/src/node/index.js';
import { nof, root } from './nof.js';

const committed = join(root, 'schemas/docs');

const markdown = (folder: string) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\\/g, '/'))
    .sort();

const out = mkdtempSync(join(tmpdir(), 'nof-docs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('schema docs', () => {
  it('are committed as the schemas generate them (run `pnpm generate` and commit when this fails)', () => {
    const pages = renderSchemaDocs(join(root, 'schemas'));
    expect(markdown(committed)).toEqual([...pages.keys()].sort());
    for (const [path, text] of pages) expect(readFileSync(join(committed, path), 'utf8'), path).toBe(text);
  });

  it('document every kind with its properties, codelists, references and examples', () => {
    const pages = renderSchemaDocs(join(root, 'schemas'));
    const consortium = pages.get('v1/consortium.md') as string;
    expect(consortium).toContain('Documents of this kind start `apiVersion: nof/v1` and `kind: Consortium`.');
    expect(consortium).toMatch(/\| `spec` \| \[Consortium details\]\(#consortiumspec\) \| yes \|/);
    expect(consortium).toContain('When `basis` is `national-contract`, `nationalContract` is required.');
    const common = pages.get('v1/common.md') as string;
    expect(common).toContain("Codes from the [Local authorities with children's services](../codelists/local-authorities.md) codelist.");
    expect(common).toContain('Examples: `SC123456`, `2512345`.');
    expect(pages.get('codelists/local-authorities.md')).toMatch(/\| `E08000020` \| Gateshead \| [0-9-]* \| [0-9-]+ \| `E08000037` \|/);
    expect(pages.get('README.md')).toContain('- [Consortium](v1/consortium.md)');
  });

  it('nof schema docs writes the pages and removes pages of kinds that are gone', () => {
    mkdirSync(join(out, 'v1'), { recursive: true });
    writeFileSync(join(out, 'v1/retired-kind.md'), 'old');
    const run = nof(['schema', 'docs', '--out', out, '--schemas', 'schemas']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(markdown(out)).toEqual(markdown(committed));
    expect(readFileSync(join(out, 'v1/outcome-tracker.md'), 'utf8')).toBe(readFileSync(join(committed, 'v1/outcome-tracker.md'), 'utf8'));
  });
});
