/**
 * Issue 18: the static page of packages/web, built and opened from disk (file://) in Chromium. A
 * folder given to its folder input, or files dropped on it, are checked in the browser with the
 * same diagnostics as the SDK gives on Node, the consortium report and the insights are the SDK's, nothing is
 * fetched from anywhere, and hostile files give located diagnostics rather than a crash.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryHost, Project, validateWorkspace, type FileResult } from '@nof/sdk';
import { loadWorkspace } from '@nof/sdk/node';
import { renderInsightsHtml, workspaceInsights } from '@nof/sdk/insights';
import { renderReportHtml, reportFromWorkspace } from '@nof/sdk/report';
import { openBrowser, type BrowserSession } from '../editor/browser.js';
import { root } from '../language-server/harness.js';

const page = join(root, 'packages/web/dist/index.html');
const work = mkdtempSync(join(tmpdir(), 'nof-web-'));
/** A copy of the examples with two errors planted: a consortium of a type that does not exist, and a member listed twice. */
const folder = join(work, 'examples');
const planted = join(folder, 'consortia/white-rose-fostering.yaml');
const twice = join(folder, 'consortia/east-midlands-regional.yaml');

/** A row of the diagnostics table: file, line:col, severity, code, message (then the places it relates to), line of text. */
type Row = string[];
const where = (label: string, { line, character }: { line: number; character: number }) => `${label}:${line + 1}:${character + 1}`;
const rowsOf = (results: FileResult[], label: (uri: string) => string, text: (uri: string) => string): Row[] =>
  results.flatMap(({ uri, diagnostics }) =>
    diagnostics.map((d) => {
      const { line, character } = d.range.start;
      const related = (d.related ?? []).map((r) => `See ${where(label(r.uri), r.range.start)}: ${r.message}`);
      return [
        label(uri),
        `${line + 1}:${character + 1}`,
        d.severity,
        d.code,
        d.message + related.join(''),
        text(uri).split(/\r?\n/)[line] ?? '',
      ];
    }),
  );
const sorted = (rows: Row[]) => [...rows].sort((a, b) => a.join('\0').localeCompare(b.join('\0')));

let browser: BrowserSession;
let loaded: ReturnType<typeof loadWorkspace> | undefined;
/** The copy loaded by the SDK on Node, once. */
const nodeWorkspace = () => (loaded ??= loadWorkspace(folder));
/** Every url the page asked for, and errors thrown in it. */
const requested: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'packages/web/scripts/build.mjs')], { stdio: 'pipe' });
  cpSync(join(root, 'examples'), folder, { recursive: true });
  writeFileSync(planted, readFileSync(planted, 'utf8').replace('  type: regional', '  type: regionl'));
  writeFileSync(
    twice,
    readFileSync(twice, 'utf8').replace(
      '    - authority: E06000015  # Derby',
      '    - authority: E06000015  # Derby\n    - authority: E10000021  # again',
    ),
  );
  browser = await openBrowser();
  browser.page.on('request', (r) => requested.push(r.url()));
  browser.page.on('pageerror', (e) => pageErrors.push(e.message));
  // Anything not on this machine is refused, and recorded above.
  await browser.page.context().route(/^(?!file:|data:|blob:)/, (route) => route.abort());
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

async function open(): Promise<void> {
  await browser.page.goto(pathToFileURL(page).href);
}
async function checked(): Promise<void> {
  await browser.page.waitForSelector('#status[data-state="done"], #status[data-state="failed"]');
  expect(await browser.page.getAttribute('#status', 'data-state')).toBe('done');
}
const shownRows = (): Promise<Row[]> =>
  browser.page.$$eval('#view-diagnostics tbody tr', (trs) =>
    trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent ?? '')),
  );

describe('the static web page, opened from disk', () => {
  it('checks an opened folder in the browser with the diagnostics the SDK gives on Node', async () => {
    await open();
    await browser.page.setInputFiles('#folder', folder);
    await checked();
    const workspace = await nodeWorkspace();
    const onNode = rowsOf(
      validateWorkspace(workspace),
      (uri) => relative(folder, uri),
      (uri) => readFileSync(uri, 'utf8'),
    );
    expect(onNode.map((r) => r.slice(0, 4))).toContainEqual(['consortia/white-rose-fostering.yaml', '14:9', 'error', 'schema/enum']);
    // A related place is named by the file's path in the folder, never by where the page keeps it.
    expect(onNode.map((r) => r.slice(3, 5))).toContainEqual([
      'consortium/members-unique',
      'Northamptonshire (E10000021) is listed more than once among the members: keep one entry per authority.' +
        'See consortia/east-midlands-regional.yaml:20:18: Northamptonshire (E10000021) is first listed here.',
    ]);
    expect(sorted(await shownRows())).toEqual(sorted(onNode));
    // Only the examples' README is not a document; the profiles were read (no profile/unknown above).
    expect(await browser.page.textContent('#view-diagnostics .not-checked')).toContain('profiles/README.md');
  });

  it('filters the diagnostics by severity and sorts them', async () => {
    const errors = (await shownRows()).filter((r) => r[2] === 'error').length;
    await browser.page.selectOption('#view-diagnostics select', 'Severity');
    expect((await shownRows())[0]![2]).toBe('error');
    await browser.page.uncheck('#view-diagnostics input[name=error]');
    expect((await shownRows()).filter((r) => r[2] === 'error')).toEqual([]);
    await browser.page.check('#view-diagnostics input[name=error]');
    expect((await shownRows()).filter((r) => r[2] === 'error')).toHaveLength(errors);
  });

  it("shows a consortium's report as the SDK renders it, and a consortium with errors as its errors", async () => {
    await browser.page.click('button[data-view=report]');
    const frame = browser.page.frameLocator('#view-report iframe');
    const name = 'Bedford, Luton and Central Bedfordshire Fostering';
    await expect.poll(() => frame.locator('h1').textContent()).toBe(name);
    const workspace = await nodeWorkspace();
    const result = reportFromWorkspace(workspace, join(folder, 'consortia/bedford-luton-fostering.yaml'));
    if (result.status !== 'ok') throw new Error(`no report on Node: ${result.status}`);
    const onNode = await renderReportHtml(result.report);
    const tables = (html: string) =>
      browser.page.evaluate(
        (h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('table')].map((t) => t.textContent),
        html,
      );
    const shown = await frame.locator('body').evaluate((body) => body.ownerDocument.documentElement.outerHTML);
    expect((await tables(onNode)).length).toBeGreaterThan(0);
    expect(await tables(shown)).toEqual(await tables(onNode));
    // The link saves the page shown, whole.
    const [download] = await Promise.all([browser.page.waitForEvent('download'), browser.page.click('#view-report a[download]')]);
    expect(download.suggestedFilename()).toBe('bedford-luton-fostering.html');
    expect(readFileSync(await download.path(), 'utf8')).toBe(await browser.page.getAttribute('#view-report iframe', 'srcdoc'));

    await browser.page.selectOption('#view-report select', { label: 'White Rose Independent Fostering Framework' });
    await expect.poll(() => browser.page.textContent('#view-report')).toContain('[schema/enum]');
  });

  it('shows the insights of every file given as the SDK renders them, judged as of the folder’s date', async () => {
    await browser.page.click('button[data-view=insights]');
    const frame = browser.page.frameLocator('#view-insights iframe');
    await expect.poll(() => frame.locator('table').count()).toBeGreaterThan(0);
    const insights = workspaceInsights(await nodeWorkspace());
    // The planted consortium cannot be checked: counted, not read.
    expect(insights.about.leftOut).toBeGreaterThan(0);
    expect(await browser.page.textContent('#view-insights .about')).toBe(
      `Judged as of ${insights.about.asOf}. ${insights.about.leftOut} document${insights.about.leftOut === 1 ? ' could not be checked and is' : 's could not be checked and are'} left out (see Diagnostics).`,
    );
    const onNode = await renderInsightsHtml(insights);
    const tables = (html: string) =>
      browser.page.evaluate(
        (h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('table')].map((t) => t.textContent),
        html,
      );
    const shown = await frame.locator('body').evaluate((body) => body.ownerDocument.documentElement.outerHTML);
    expect(await tables(shown)).toEqual(await tables(onNode));
  });

  it('asks for nothing outside the page, and its policy stops a script that tries', async () => {
    const blocked = await browser.page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(blocked).toBe('blocked');
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !/^(file|data|blob|about):/.test(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('gives located diagnostics for dropped hostile files, and lists files it cannot check, without crashing', async () => {
    await open();
    const files = {
      'broken.yaml': 'apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: broken\n   name: [unclosed\nspec: {}\n',
      'binary.yaml': 'apiVersion: nof/v1\n\u0000\u0001\u0002PNG\u0000',
      'compose.yaml': 'services: {}\n',
    };
    await browser.page.evaluate((given) => {
      const transfer = new DataTransfer();
      for (const [name, text] of Object.entries(given)) transfer.items.add(new File([text], name));
      transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff])], 'logo.png'));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    await checked();
    const project = new Project({ host: new MemoryHost(Object.fromEntries(Object.entries(files).map(([n, t]) => [`/d/${n}`, t]))) });
    await project.load(['/d']);
    const onNode = rowsOf(
      validateWorkspace(project.workspace),
      (uri) => uri.slice('/d/'.length),
      (uri) => files[uri.slice('/d/'.length) as keyof typeof files],
    );
    expect(new Set(onNode.map((r) => r[0]))).toEqual(new Set(['broken.yaml', 'binary.yaml']));
    expect(onNode.find((r) => r[0] === 'broken.yaml')![3]).toMatch(/^yaml\//);
    expect(sorted(await shownRows())).toEqual(sorted(onNode));
    const notChecked = await browser.page.textContent('#view-diagnostics .not-checked');
    expect(notChecked).toContain('logo.png: not a .yaml or .yml file');
    expect(notChecked).toContain('compose.yaml: not a NOF document');
    expect(pageErrors).toEqual([]);
  });
});
