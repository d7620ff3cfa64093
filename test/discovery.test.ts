/**
 * Issue 15: one file discovery. The CLI (`nof validate <folder>`), the language server and
 * `loadWorkspace` find the same files of a folder: `.yaml`/`.yml` in any case, `ignore`
 * patterns with `[ab]` and `{x,y}`, hidden folders and node_modules left out, symbolic links
 * followed with each real file once, YAML that is not NOF left alone, a link loop reported as
 * such. Issue 14: an unreadable sub-folder is one `file/unreadable` diagnostic, the rest checked.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '@nof/sdk/node';
import { ServerProject } from '../packages/language-server/src/project.js';
import { nof, root } from './cli/nof.js';

const nofDoc = (id: string) => `apiVersion: nof/v1\nkind: NationalContract\nmetadata: { id: ${id}, name: ${id} }\nspec: {}\n`;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nof-discovery-'));
  const files: Record<string, string> = {
    'nof.config.yaml': "ignore: ['drafts/', 'x/[ab].yaml', '{old,older}/']\n",
    'A.YAML': nofDoc('upper'),
    'b.yml': nofDoc('b'),
    'notes.yaml': 'title: meeting notes\n',
    'drafts/d.yaml': nofDoc('draft'),
    'x/a.yaml': nofDoc('xa'),
    'x/c.yaml': nofDoc('xc'),
    'old/o.yaml': nofDoc('old'),
    'older/o.yaml': nofDoc('older'),
    'kept/older.yaml': nofDoc('kept'),
    '.hidden/h.yaml': nofDoc('hidden'),
    'node_modules/pkg/n.yaml': nofDoc('module'),
    'real/r.yaml': nofDoc('real'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(dir, 'real'), join(dir, 'linked'));
  symlinkSync(join(dir, 'loop.yaml'), join(dir, 'loop.yaml'));
  return dir;
}

const dir = folder();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a run found, as paths relative to the folder: the files checked, and the problems reported on files. */
const FOUND = ['A.YAML', 'b.yml', 'kept/older.yaml', 'linked/r.yaml', 'x/c.yaml'];

describe('one file discovery', () => {
  it('nof validate', () => {
    const run = nof(['validate', dir, '--format', 'json'], root);
    const results = JSON.parse(run.stdout).results as Array<{ file: string; diagnostics: Array<{ code: string; message: string }> }>;
    const checked = results.map((r) => relative(dir, r.file)).filter((f) => f !== 'loop.yaml');
    expect(checked.sort()).toEqual(FOUND);
    const loop = results.find((r) => r.file.endsWith('loop.yaml'))!;
    expect(loop.diagnostics).toMatchObject([{ code: 'file/unreadable', message: expect.stringContaining('a symbolic link loop (ELOOP)') }]);
  });

  it('loadWorkspace', async () => {
    const workspace = await loadWorkspace(dir);
    expect(
      workspace
        .uris()
        .map((u) => relative(dir, u))
        .sort(),
    ).toEqual(FOUND);
    expect(workspace.loadProblems.map((p) => [relative(dir, p.uri), p.diagnostics[0]!.message])).toEqual([
      ['loop.yaml', 'The file could not be read: a symbolic link loop (ELOOP).'],
    ]);
  });

  it('the language server', async () => {
    const logged: string[] = [];
    const server = new ServerProject({ info: () => {}, error: (m) => logged.push(m) });
    await server.index([pathToFileURL(dir).href]);
    expect(
      server.workspace
        .uris()
        .map((u) => relative(pathToFileURL(dir).href, u))
        .sort(),
    ).toEqual(FOUND);
    expect(logged).toEqual([expect.stringContaining('loop.yaml: The file could not be read: a symbolic link loop (ELOOP).')]);
  });

  it('names a symbolic link loop given on the command line as such', () => {
    const run = nof(['validate', join(dir, 'loop.yaml'), '--format', 'text'], root);
    expect(run.stdout).toContain('loop.yaml:1:1 error The file could not be read: a symbolic link loop (ELOOP). [file/unreadable]');
  });

  it('checks a YAML file that is not NOF when it is named on its own', () => {
    const run = nof(['validate', join(dir, 'notes.yaml'), '--format', 'json'], root);
    expect(JSON.parse(run.stdout).results[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(['nof/unknown-api-version']);
  });
});

describe('an unreadable sub-folder', () => {
  // Root reads any folder. When the tests run as root (as CI does), the runs go into a user
  // namespace as an ordinary user who owns the files (unshare): every file stays readable wherever
  // the clone sits (another user could not pass a private parent folder), the locked one does not.
  const asUser = (args: string[]) => {
    const command =
      process.getuid?.() === 0 ? ['unshare', '--user', '--map-user=1000', '--map-group=1000', process.execPath] : [process.execPath];
    return spawnSync(command[0]!, [...command.slice(1), ...args], { cwd: root, encoding: 'utf8' });
  };
  // A folder of its own, all readable but for its locked sub-folder.
  const other = folder();
  const locked = join(other, 'locked');
  mkdirSync(locked);
  writeFileSync(join(locked, 'l.yaml'), nofDoc('locked'));
  chmodSync(locked, 0);
  afterAll(() => {
    chmodSync(locked, 0o755);
    rmSync(other, { recursive: true, force: true });
  });

  it('is one file/unreadable diagnostic in nof validate, and the rest is checked', () => {
    const run = asUser([join(root, 'packages/cli/dist/bin.js'), 'validate', other, '--format', 'json']);
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout).results as Array<{ file: string; diagnostics: Array<{ code: string; message: string }> }>;
    expect(results.find((r) => r.file.endsWith('locked'))!.diagnostics).toMatchObject([
      { code: 'file/unreadable', message: 'The folder could not be read: permission denied (EACCES); the files in it were not checked.' },
    ]);
    expect(
      results
        .map((r) => relative(other, r.file))
        .filter((f) => FOUND.includes(f))
        .sort(),
    ).toEqual(FOUND);
  });

  it('is a load problem of loadWorkspace, and the rest is loaded', () => {
    const script = `const { loadWorkspace } = await import(${JSON.stringify(pathToFileURL(join(root, 'packages/sdk/dist/node/index.js')).href)});
const w = await loadWorkspace(${JSON.stringify(other)});
console.log(JSON.stringify({ uris: w.uris(), problems: w.loadProblems.map((p) => [p.uri, p.diagnostics[0].code]) }));`;
    const run = asUser(['--input-type=module', '-e', script]);
    const { uris, problems } = JSON.parse(run.stdout);
    expect(uris.map((u: string) => relative(other, u)).sort()).toEqual(FOUND);
    expect(problems.map(([uri, code]: [string, string]) => [relative(other, uri), code])).toEqual([
      ['locked', 'file/unreadable'],
      ['loop.yaml', 'file/unreadable'],
    ]);
  });
});
