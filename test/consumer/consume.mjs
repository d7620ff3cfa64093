// `pnpm test:consumer` (run by .ci/run): the packages as a vendor gets them. Every package is
// packed (`pnpm pack`, as published), the tarballs are installed with plain npm into an empty
// folder outside the workspace (third-party dependencies from the npm registry, --prefer-offline
// so npm's cache serves what it holds), and there:
//   - vendor.ts, a strict NodeNext TypeScript program, compiles and runs: it loads a folder,
//     validates it, lists agreements with their resolved provider and arrangement names, redacts
//     one, validates an in-memory text with a typo, and validates every example with plain ajv and
//     `nofKeywords` (the schemas read from @nof/schemas' JSON exports);
//   - every TypeScript program of the package READMEs compiles and runs;
//   - `require('@nof/sdk')` works from CommonJS (engines say Node 20.19, which allows it);
//   - the installed `nof` command validates the examples and `nof-language-server` starts.
// Prints how long each step took. It installs from the registry, so it is a script of its own
// rather than part of `pnpm test`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAll, root } from '../../scripts/packages/pack.mjs';
import { readmePrograms, writeTsProject } from './readme-blocks.mjs';

const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = Date.now();
const step = (what) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${what}`);

const work = mkdtempSync(join(tmpdir(), 'nof-consumer-'));
const keep = process.argv.includes('--keep');
try {
  const packs = join(work, 'packs');
  const app = join(work, 'vendor-app');
  mkdirSync(packs);
  mkdirSync(app);
  const packed = packAll(packs);
  step(`packed ${packed.map((p) => p.manifest.name).join(', ')}`);

  // The vendor's own project: the tarballs, and the tools a TypeScript project on ajv has.
  const dependencies = Object.fromEntries(packed.map((p) => [p.manifest.name, `file:${p.tarball}`]));
  for (const name of ['ajv', 'ajv-formats', 'yaml', 'typescript', '@types/node']) dependencies[name] = rootManifest.devDependencies[name];
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'vendor-app', private: true, type: 'module', dependencies }, null, 2));
  const npm = (args) => execFileSync('npm', args, { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  step('installed the tarballs with npm');

  const programs = readmePrograms(root);
  writeTsProject(app, [{ name: 'vendor', code: readFileSync(new URL('vendor.ts', import.meta.url), 'utf8') }, ...programs]);
  const tsc = spawnSync(process.execPath, [join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { encoding: 'utf8' });
  assert.equal(tsc.stdout + tsc.stderr, '', 'the vendor program and the README programs compile (strict, NodeNext, no skipLibCheck)');
  step(`compiled vendor.ts and ${programs.length} README programs`);

  cpSync(join(root, 'examples'), join(app, 'examples'), { recursive: true });
  const node = (args) => spawnSync(process.execPath, args, { cwd: app, encoding: 'utf8' });
  const vendor = node(['out/vendor.js', 'examples']);
  assert.equal(vendor.stderr, '');
  const out = JSON.parse(vendor.stdout);
  assert.ok(out.files > 40, `a folder of files was validated (${out.files})`);
  assert.deepEqual(out.errors, []);
  assert.deepEqual(
    out.agreements.find((a) => a.id === 'ipa-skp-2014-0311'),
    {
      id: 'ipa-skp-2014-0311',
      provider: 'Hollin Bank Trust',
      arrangement: 'Greater Manchester Residential Child Care Framework',
      weeklyFee: 3150,
    },
  );
  assert.equal(out.agreements.length, 4);
  assert.ok(out.redacted.removed.length > 0 && out.redacted.childReference === 'SKP-2014-0311');
  assert.deepEqual(
    out.typo.map((d) => [d.line, d.code]),
    [[3, 'schema/additionalProperties']],
  );
  assert.match(out.typo[0].message, /Did you mean `metadata`\?/);
  assert.deepEqual(out.plain.invalid, []);
  assert.ok(out.plain.valid > 40, `plain ajv validated every example (${out.plain.valid})`);
  assert.equal(out.codelist, 'regions');
  step(
    `ran vendor.ts: ${out.files} files, ${out.agreements.length} agreements resolved, ${out.plain.valid} documents valid with plain ajv`,
  );

  for (const p of programs) {
    const run = node([`out/${p.name}.js`]);
    assert.equal(run.stderr, '', `${p.name} (${p.readme}) runs without error`);
    assert.equal(run.status, 0);
  }
  step(`ran the ${programs.length} README programs`);

  const cjs = spawnSync(process.execPath, ['-e', "const sdk = require('@nof/sdk'); console.log(typeof sdk.validateText)"], {
    cwd: app,
    encoding: 'utf8',
  });
  assert.equal(cjs.stdout.trim(), 'function', `require('@nof/sdk') from CommonJS: ${cjs.stderr}`);
  const cli = node(['node_modules/@nof/cli/dist/bin.js', 'validate', 'examples']);
  assert.equal(cli.status, 0, `the installed nof validates the examples: ${cli.stdout}${cli.stderr}`);
  const server = node(['node_modules/@nof/language-server/dist/bin.js']);
  assert.equal(server.status, 2, 'the installed nof-language-server starts and asks for a transport');
  assert.match(server.stderr, /Usage: nof-language-server/);
  step('require() from CommonJS, the nof command and the language server work');
  console.log('test:consumer: 1 passed, 0 failed');
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
