// `pnpm check:packages` (run by .ci/run): the published packages are publish-ready.
// Each package is packed as `pnpm publish` packs it, then:
//   - publint (strict) finds no packaging error in the tarball;
//   - arethetypeswrong finds no types problem for ESM and bundler consumers (profile esm-only:
//     the packages are ESM only, and `require()` of them works from Node 20.19, their engines);
//   - the tarball holds no test helper, fixture, type test or source map, and every relative
//     link in its Markdown leads to a file it holds (others must be absolute);
//   - the metadata a registry page and a vendor's tools read is complete;
// and `pnpm -r publish --dry-run` succeeds. Prints each tarball's size.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { packAll, root, tarballFiles } from './pack.mjs';

const REQUIRED = [
  'description',
  'license',
  'author',
  'repository',
  'homepage',
  'bugs',
  'keywords',
  'engines',
  'publishConfig',
  'exports',
  'files',
];
const NOT_SHIPPED = [/\.map$/, /(^|\/)testing\.(js|d\.ts)$/, /(^|\/)_fixtures\./, /\.test(-d)?\./, /(^|\/)examples\//];

const problems = [];
const bin = (name) => join(root, 'node_modules', '.bin', name);
/** Runs a tool; a failure is a problem, with what the tool printed. */
async function run(file, args) {
  try {
    await promisify(execFile)(file, args, { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    problems.push(`${[file.split('/').at(-1), ...args].join(' ')} failed:\n${error.stdout}${error.stderr}`);
  }
}

/** Relative links (`[text](path)`, `](path#anchor)`) in a Markdown file that lead to no file of the tarball. */
function brokenLinks(file, text, files) {
  const out = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^(https?:|mailto:|#)/.test(target)) continue;
    const path = posix.normalize(posix.join(posix.dirname(file), target.split('#')[0]));
    if (!files.has(path) && ![...files.keys()].some((f) => f.startsWith(`${path}/`))) out.push(target);
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'nof-packages-'));
try {
  // Packing runs each package's prepack (the workspace build), which the rest then relies on.
  const packed = packAll(dir);
  const tools = [];
  for (const { manifest, tarball } of packed) {
    const name = manifest.name;
    const files = tarballFiles(tarball);
    const unpacked = [...files.values()].reduce((a, b) => a + b, 0);
    console.log(
      `${name}: ${(statSync(tarball).size / 1024).toFixed(0)} KB packed, ${(unpacked / 1024).toFixed(0)} KB in ${files.size} files`,
    );
    for (const key of REQUIRED) if (manifest[key] === undefined) problems.push(`${name}: package.json has no ${key}`);
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
      if (!/^(\^|workspace:\^)/.test(range)) problems.push(`${name}: dependency ${dep} is ${range}, not a caret range`);
    }
    if (!manifest.scripts?.prepack) problems.push(`${name}: no prepack script (a tarball could ship a stale build)`);
    for (const file of files.keys()) if (NOT_SHIPPED.some((p) => p.test(file))) problems.push(`${name}: ships ${file}`);
    for (const file of [...files.keys()].filter((f) => f.endsWith('.md'))) {
      const text = execFileSync('tar', ['-xzOf', tarball, `package/${file}`], { encoding: 'utf8' });
      for (const link of brokenLinks(file, text, files))
        problems.push(`${name}: ${file} links to ${link}, which the package does not ship`);
    }
    tools.push(
      run(bin('publint'), ['run', tarball, '--strict']),
      run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii']),
    );
  }
  // What a release would do, short of uploading: pack every public package and hand it to the
  // registry client (the build is fresh from packing above, so prepack need not run again).
  tools.push(run('pnpm', ['-r', 'publish', '--dry-run', '--no-git-checks', '--ignore-scripts']));
  await Promise.all(tools);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\ncheck:packages: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('check:packages: every package is publish-ready (publint, arethetypeswrong, contents, links, metadata, publish --dry-run)');
