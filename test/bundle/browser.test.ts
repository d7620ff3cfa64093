/**
 * Issue 15: `@nof/sdk`'s main entry runs in a browser. Bundled by esbuild for the browser (which
 * fails on any Node built-in it imports), it validates documents inside Chromium, one file with
 * validateText and a workspace held in a MemoryHost, with the same diagnostics as on Node. Every
 * other entry except `@nof/sdk/node` bundles for the browser too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryHost, Project, validateText, type FileResult } from '@nof/sdk';
import { renderInsightsJson, workspaceInsights } from '@nof/sdk/insights';
import { openBrowser, type BrowserSession } from '../editor/browser.js';
import { root } from '../language-server/harness.js';

/** What a vendor's page does: one document alone, then a workspace of documents in memory. */
const PROGRAM = `
import { MemoryHost, Project, validateText } from '@nof/sdk';
import { renderInsightsJson, workspaceInsights } from '@nof/sdk/insights';
window.checkOne = (text, uri) => validateText(text, uri).diagnostics;
window.checkAll = async (files, root) => {
  const project = new Project({ host: new MemoryHost(files) });
  await project.load([root]);
  return { asOf: project.workspace.asOf, results: project.workspace.validateAll() };
};
window.insightsOf = async (files, root) => {
  const project = new Project({ host: new MemoryHost(files) });
  await project.load([root]);
  return renderInsightsJson(workspaceInsights(project.workspace));
};
`;

const examples = join(root, 'examples');
const read = (path: string) => readFileSync(join(examples, path), 'utf8');
/** A consortium of a type that does not exist. */
const broken = read('consortia/white-rose-fostering.yaml').replace('  type: regional', '  type: regionl');
const files: Record<string, string> = {
  '/w/nof.config.yaml': read('nof.config.yaml'),
  '/w/consortia/white-rose-fostering.yaml': read('consortia/white-rose-fostering.yaml'),
  '/w/national-contracts/national-fostering-contract.yaml': read('national-contracts/national-fostering-contract.yaml'),
  '/w/agreements/ipa-bfd-2014-0117.yaml': read('agreements/ipa-bfd-2014-0117.yaml'),
};

let browser: BrowserSession;
let bundle: string;
beforeAll(async () => {
  const result = await build({
    stdin: { contents: PROGRAM, resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  browser = await openBrowser();
  await browser.page.setContent('<!doctype html><title>NOF</title>');
  await browser.page.addScriptTag({ content: bundle });
}, 60_000);
afterAll(() => browser?.close());

describe('@nof/sdk in a browser', () => {
  it('bundles for the browser: its main entry imports no Node built-in and reads no file', () => {
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(bundle).not.toMatch(/require\(["']node:|from ["']node:/);
  });

  // Every entry but `@nof/sdk/node` is for any host: none may reach a Node built-in, however indirectly.
  const entries = Object.keys(JSON.parse(readFileSync(join(root, 'packages/sdk/package.json'), 'utf8')).exports).filter(
    (entry) => entry !== './node' && entry !== './package.json',
  );
  it.each(entries)('bundles %s for the browser without a Node built-in', async (entry) => {
    const name = entry === '.' ? '@nof/sdk' : `@nof/sdk${entry.slice(1)}`;
    const result = await build({
      stdin: { contents: `export * from '${name}';`, resolveDir: root, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    }).catch((error: { errors: Array<{ text: string }> }) => error.errors.map((e) => e.text));
    expect(Array.isArray(result) ? result : []).toEqual([]);
  });

  it('validates a document inside Chromium as it does on Node', async () => {
    const inBrowser = await browser.page.evaluate(([text]) => (window as any).checkOne(text, 'broken.yaml'), [broken]);
    const onNode = validateText(broken, 'broken.yaml').diagnostics;
    expect(onNode.map((d) => d.code)).toEqual(['schema/enum']);
    expect(inBrowser).toEqual(JSON.parse(JSON.stringify(onNode)));
  });

  it('checks a workspace held in memory, rules and config included, as it does on Node', async () => {
    const inBrowser: { asOf: string; results: FileResult[] } = await browser.page.evaluate(([f]) => (window as any).checkAll(f, '/w'), [
      files,
    ] as const);
    const project = new Project({ host: new MemoryHost(files) });
    await project.load(['/w']);
    const onNode = project.workspace.validateAll();
    // The config's asOf applies, and the agreement's references to documents not given are unresolved.
    expect(inBrowser.asOf).toBe('2015-06-01');
    expect(onNode.flatMap((r) => r.diagnostics.map((d) => d.code))).toContain('reference/unresolved');
    expect(inBrowser.results).toEqual(JSON.parse(JSON.stringify(onNode)));
  });

  it('answers the insights over a workspace held in memory, as it does on Node', async () => {
    const inBrowser: string = await browser.page.evaluate(([f]) => (window as any).insightsOf(f, '/w'), [files] as const);
    const project = new Project({ host: new MemoryHost(files) });
    await project.load(['/w']);
    const onNode = renderInsightsJson(workspaceInsights(project.workspace));
    // The config's asOf applies; one agreement is a count of children, so it is suppressed.
    expect(JSON.parse(onNode).about).toMatchObject({
      asOf: '2015-06-01',
      leftOut: 0,
      documents: { 'Consortium nof/v1': 1, 'PlacementAgreement nof/v1': 'c' },
    });
    expect(inBrowser).toBe(onNode);
  });
});
