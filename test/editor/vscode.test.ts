import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from 'vitest';
import { openBrowser, type BrowserSession } from './browser.js';
import { CodeServer } from './code-server.js';
import { editorTools } from './tools.js';
import { Workbench, type Box } from './workbench.js';
import { examplesAsOf, lots, retiredWithOneSuccessor, schemaText } from './expected.js';
import { ExampleWorkspace, positionOf } from './workspace.js';

// The packaged extension (.vsix) installed into a real VS Code (code-server), driven through
// Chromium the way a commissioner uses it: open a copy of examples/, type, look, hover.

const CONTRACT = 'national-contracts/national-fostering-contract.yaml';
const CONSORTIUM = 'consortia/tees-valley-fostering.yaml';
const AGREEMENT = 'placements/ipa-editor-test.yaml';

/** A fictional child's placement agreement, called off White Rose's framework; `lot` is left for completion. */
const AGREEMENT_TEXT = `apiVersion: nof/v1
kind: PlacementAgreement
metadata:
  id: ipa-editor-test
  name: Placement agreement for the editor test
  sharing: internal
spec:
  child:
    localReference: TEST-0001
  placingAuthority: E08000035
  provider: fictional-fostering-ltd
  setting:
    ofstedUrn: SC000001
    careSetting: foster-care
  route:
    type: framework-call-off
    consortium: white-rose-fostering
    arrangement: ifa-framework
    lot: 
  placementType: U6
  startDate: 2015-06-01
  fees:
    weeklyFee:
      amount: 850
      per: week
`;

let workspace: ExampleWorkspace;
let server: CodeServer;
let browser: BrowserSession;
let workbench: Workbench;

beforeAll(async () => {
  workspace = new ExampleWorkspace();
  writeFileSync(workspace.path('app-config.yaml'), 'server:\n  port: 8080\n');
  mkdirSync(workspace.path('placements'));
  writeFileSync(workspace.path(AGREEMENT), AGREEMENT_TEXT);
  server = await CodeServer.start(editorTools());
  browser = await openBrowser();
  workbench = new Workbench(browser.page);
  await workbench.open(server.url(workspace.dir));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  workspace?.remove();
});

/** True when two boxes cover the same text: same line, same start and end within a pixel or two. */
function sameSpan(a: Box, b: Box): boolean {
  const near = (p: number, q: number) => Math.abs(p - q) <= 2;
  return near(a.x, b.x) && near(a.x + a.width, b.x + b.width) && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * With NOF_SCREENSHOTS set to a folder, the moments the README shows are saved there as PNGs
 * (`pnpm test:editor` with NOF_SCREENSHOTS=extension/media/screenshots refreshes them).
 */
async function snap(name: string): Promise<void> {
  const dir = process.env.NOF_SCREENSHOTS;
  if (dir) await browser.page.screenshot({ path: join(dir, `${name}.png`) });
}

/** On failure, a screenshot of the workbench and the server log say what the editor showed. */
function keepEvidence(name: string) {
  onTestFailed(async () => {
    const file = join(tmpdir(), `nof-editor-${name.replace(/\W+/g, '-')}.png`);
    await browser.page.screenshot({ path: file });
    console.error(`screenshot: ${file}\ncode-server log:\n${server.log.slice(-3000)}`);
  });
}

/** A consortium file opened in the editor, with its name as saved and a way to retype it (metadata.name). */
async function openConsortium(file: string) {
  const onDisk = workspace.read(file);
  const name = /^ {2}name: (.+)$/m.exec(onDisk)![1]!;
  const editor = await workbench.openFile(file);
  const at = positionOf(onDisk, `\n  name: ${name}\n`); // metadata.name, after the newline
  let typed = name;
  const rename = async (to: string) => {
    await editor.replace(at.line + 1, '  name: '.length, typed.length, to);
    typed = to;
  };
  return { onDisk, name, editor, rename };
}

// The tests run in order on one editor session, as one person's sitting: later ones build on
// the edits of earlier ones.
describe('the NOF extension in VS Code', () => {
  beforeEach((ctx) => keepEvidence(ctx.task.name));

  test('NOF YAML gets the NOF language and the status bar shows its kind; other YAML is left alone', async () => {
    await workbench.openFile('app-config.yaml');
    await expect.poll(() => workbench.statusBarItem(/^YAML$/).isVisible()).toBe(true);
    expect(await workbench.statusBarItem(/NationalContract|Consortium/).isVisible()).toBe(false);

    await workbench.openFile(CONTRACT);
    await workbench.statusBarItem(/^NOF YAML$/).waitFor({ timeout: 30_000 });
    const status = workbench.statusBarItem(/NationalContract/);
    await status.waitFor();
    await expect.poll(() => status.innerText()).toMatch(/NationalContract nof\/v1\s+no problems/);
  });

  test('an error typed into a document is squiggled where it is and listed in Problems with its rule code', async () => {
    const at = positionOf(workspace.read(CONTRACT), 'status: current');
    const value = { line: at.line, character: at.character + 'status: '.length };
    const editor = await workbench.openFile(CONTRACT);
    await editor.replace(value.line, value.character, 'current'.length, 'currnet');

    await expect.poll(() => editor.squiggles().then((s) => s.length), { timeout: 30_000 }).toBeGreaterThan(0);
    const typed = await editor.textBox(value.line, value.character, 'currnet'.length);
    expect(await editor.squiggles()).toContainEqual(expect.toSatisfy((box: Box) => sameSpan(box, typed)));

    const problems = await workbench.problems();
    const row = problems.find((p) => p.includes('currnet') || p.includes('Did you mean'));
    expect(row, problems.join('\n---\n')).toBeDefined();
    expect(row).toContain('schema/enum');
    expect(row).toContain(`[Ln ${value.line + 1}, Col ${value.character + 1}]`);
    await snap('diagnostics');
    await expect.poll(() => workbench.statusBarItem(/NationalContract/).innerText()).toMatch(/1 problem\b/);
  });

  test('the quick fix repairs the misspelt value', async () => {
    const at = positionOf(workspace.read(CONTRACT), 'status: current');
    const value = { line: at.line, character: at.character + 'status: '.length };
    const editor = await workbench.openFile(CONTRACT);
    const fixes = await editor.quickFixes(value.line, value.character + 1);
    expect(fixes).toContain('Change to `current`');
    await editor.applyQuickFix('Change to `current`');
    await editor.save();
    expect(readFileSync(workspace.path(CONTRACT), 'utf8')).toContain('status: current\n');
    await expect.poll(() => editor.squiggles().then((s) => s.length), { timeout: 30_000 }).toBe(0);
  });

  test('hover over a property shows its schema description', async () => {
    const at = positionOf(workspace.read(CONTRACT), 'edition:');
    const { description } = schemaText('national-contract.schema.json', ['spec', 'edition']);
    const editor = await workbench.openFile(CONTRACT);
    const text = await editor.hover(await editor.textBox(at.line, at.character, 'edition'.length));
    await snap('hover');
    expect(text.replace(/\s+/g, ' ')).toContain(description.replace(/`/g, '').replace(/\s+/g, ' ').slice(0, 60));
  });

  test('completion offers the lot ids of the referenced consortium arrangement', async () => {
    const lotIds = lots('consortia/white-rose-fostering.yaml', 'ifa-framework').map((lot) => lot.id);
    expect(lotIds.length).toBeGreaterThan(1);
    const at = positionOf(AGREEMENT_TEXT, '    lot: ');
    const editor = await workbench.openFile(AGREEMENT);
    const offered = await editor.completions(at.line, at.character + '    lot: '.length);
    expect(offered).toEqual(expect.arrayContaining(lotIds));
    await snap('completion');
    await browser.page.keyboard.press('Escape');
  });

  test('the quick fix replaces a retired local authority with its successor', async () => {
    const [retired, successor] = retiredWithOneSuccessor(examplesAsOf());
    const at = positionOf(workspace.read(CONSORTIUM), 'authority: E06000005');
    const code = { line: at.line, character: at.character + 'authority: '.length };
    const editor = await workbench.openFile(CONSORTIUM);
    await editor.replace(code.line, code.character, retired.code.length, retired.code);
    await expect.poll(() => editor.squiggles().then((s) => s.length), { timeout: 30_000 }).toBeGreaterThan(0);

    const title = `Use ${successor.label} (${successor.code})`;
    expect(await editor.quickFixes(code.line, code.character + 1)).toContain(title);
    await snap('quick-fix');
    await editor.applyQuickFix(title);
    await editor.save();
    expect(workspace.read(CONSORTIUM)).toContain(`authority: ${successor.code}  # Darlington`);
    await expect.poll(() => editor.squiggles().then((s) => s.length), { timeout: 30_000 }).toBe(0);
  });

  test('NOF: Validate workspace has the server check every NOF file, lists closed ones in Problems and sums up', async () => {
    const files = workspace.nofFiles().length;
    await workbench.runCommand('NOF: Validate workspace');
    const toast = browser.page.locator('.notification-toast', { hasText: /NOF: .* files?\./ });
    await toast.waitFor({ timeout: 60_000 });
    expect(await toast.innerText()).toMatch(new RegExp(`in (\\d+ of )?${files} files\\.`));
    // The examples' own findings (information) in files no editor opened arrive by workspace diagnostics.
    await expect.poll(async () => (await workbench.problems()).length, { timeout: 30_000 }).toBeGreaterThan(0);
  });

  test('NOF: New document… scaffolds the chosen kind through the language server, writes and opens it', async () => {
    await workbench.runCommand('NOF: New document…');
    await workbench.pick('PlacementRequest');
    await workbench.answer('New PlacementRequest', 'request-editor-test');
    await workbench.answer('Save the new PlacementRequest'); // its proposal: <workspace>/request-editor-test.yaml
    await browser.page.locator('.tab.active', { hasText: 'request-editor-test.yaml' }).waitFor({ timeout: 30_000 });
    await workbench.statusBarItem(/PlacementRequest nof\/v1/).waitFor({ timeout: 30_000 });
    const text = workspace.read('request-editor-test.yaml');
    expect(text).toMatch(/^kind: PlacementRequest$/m);
    expect(text).toMatch(/^ {2}id: request-editor-test$/m);
  });

  test('NOF: Show consortium report renders the report beside the file from its unsaved text, saving nothing', async () => {
    const file = 'consortia/white-rose-fostering.yaml';
    const consortium = await openConsortium(file);
    await workbench.runCommand('NOF: Show consortium report');
    const report = workbench.webview();
    await report.getByText(consortium.name).first().waitFor({ timeout: 30_000 });
    const shown = await report.locator('body').innerText();
    for (const lot of lots(file, 'ifa-framework')) expect(shown).toContain(lot.name);
    await snap('report');

    // Typing (no save) makes the report again from the editor's text; the file on disk is left alone.
    await consortium.rename('White Rose Renamed For The Test');
    await report.getByText('White Rose Renamed For The Test').first().waitFor({ timeout: 30_000 });
    expect(workspace.read(file)).toBe(consortium.onDisk);
    await consortium.rename(consortium.name);
  });

  test("NOF: Show insights shows the workspace's insights beside the editor and makes them again when a document is saved", async () => {
    const file = 'consortia/white-rose-residential.yaml';
    const consortium = await openConsortium(file);
    await workbench.runCommand('NOF: Show insights');
    const insights = workbench.webview();
    await insights.getByRole('heading', { name: 'NOF insights', level: 1 }).waitFor({ timeout: 60_000 });
    for (const section of ['Value for money', 'Outcomes', 'Compliance', 'Sufficiency and market position', 'Monitoring', 'Directory']) {
      expect(await insights.getByRole('heading', { name: section, exact: true, level: 2 }).count()).toBe(1);
    }
    expect(await insights.locator('body').innerText()).toContain(`Generated by NOF as of ${examplesAsOf()}.`);
    await insights.getByText(consortium.name).first().waitFor();

    // Saved under a new name, the consortium is shown by it in the directory.
    const renamed = 'White Rose Residential Saved For Insights';
    await consortium.rename(renamed);
    await consortium.editor.save();
    expect(workspace.read(file)).toContain(`  name: ${renamed}\n`);
    await insights.getByText(renamed).first().waitFor({ timeout: 30_000 });
    await consortium.rename(consortium.name);
    await consortium.editor.save();
    await insights.getByText(consortium.name).first().waitFor({ timeout: 30_000 });
  });

  test("NOF: Export… converts the editor's unsaved text in one of the SDK's formats, leaving the file alone", async () => {
    const file = 'consortia/ne7-fostering.yaml';
    const onDisk = workspace.read(file);
    const id = /^ {2}id: (.+)$/m.exec(onDisk)![1]!;
    const name = /^ {2}name: (.+)$/m.exec(onDisk)![1]!;
    const editor = await workbench.openFile(file);
    const at = positionOf(onDisk, `\n  name: ${name}\n`);
    await editor.replace(at.line + 1, '  name: '.length, name.length, 'NE7 Unsaved For The Export');
    await workbench.runCommand('NOF: Export…');
    await workbench.pick('json');
    await workbench.answer('Save the json export'); // its proposal: consortia/ne7-fostering.json
    await browser.page.locator('.notification-toast', { hasText: 'NOF: exported ne7-fostering.yaml as json' }).waitFor({ timeout: 30_000 });
    const exported = JSON.parse(workspace.read('consortia/ne7-fostering.json')) as { kind: string; metadata: { id: string; name: string } };
    expect(exported.kind).toBe('Consortium');
    expect(exported.metadata).toMatchObject({ id, name: 'NE7 Unsaved For The Export' });
    expect(workspace.read(file)).toBe(onDisk);
  });
});
