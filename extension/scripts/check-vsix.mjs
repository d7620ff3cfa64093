// Checks a packaged .vsix (run by package.mjs after `vsce package`; the editor tests package
// through it too):
//   - size budgets: the .vsix, and the client bundle, which is UI and the LSP client only: it must
//     hold no NOF engine (no SDK, schemas, ajv or charting: all of that is the server's);
//   - what Open VSX (VSCodium, code-server, Gitpod) checks before it accepts an extension, done
//     offline: `ovsx publish` has no dry run and needs a token and the network, so this runs the
//     parts of it that are local (reading the manifest from the .vsix as ovsx does, its
//     validateManifest and license check) and the rules its server applies to the manifest.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const { validateManifest, isLicenseOk } = require('ovsx');
const { readVSIXPackage } = require('ovsx/lib/zip');
const semver = require('semver');

/**
 * Budgets, in bytes. The .vsix was 2.02 MB when the client bundled the CLI and a second SDK (a
 * 2.6 MB client bundle); it is 1.76 MB with the engine in the server alone (its screenshots are
 * 0.9 MB of it, the server 2.2 MB before compression, half of that the report's charting).
 */
const VSIX_BUDGET = 1_900_000;
const CLIENT_BUDGET = 512_000;
/** Text that only the NOF engine or its dependencies hold. */
const ENGINE_MARKERS = ['x-codelist', 'x-ref-scope', 'ajv-formats', 'vega-lite', 'schemas.nof.org.uk'];

const vsix = process.argv[2];
const problems = [];
const size = statSync(vsix).size;
const client = readFileSync(join(root, 'dist', 'extension.cjs'), 'utf8');
if (size > VSIX_BUDGET) problems.push(`${vsix} is ${size} bytes, over its budget of ${VSIX_BUDGET}`);
if (client.length > CLIENT_BUDGET) problems.push(`dist/extension.cjs is ${client.length} bytes, over its budget of ${CLIENT_BUDGET}`);
for (const marker of ENGINE_MARKERS)
  if (client.includes(marker)) problems.push(`dist/extension.cjs holds '${marker}': the client must not bundle the NOF engine`);

// Open VSX: the manifest as ovsx reads it from the package, and checked as it and the registry check it.
const manifest = await readVSIXPackage(vsix);
try {
  validateManifest(manifest);
} catch (error) {
  problems.push(`Open VSX: ${error.message}`);
}
if (!(await isLicenseOk(root, manifest))) problems.push('Open VSX: no license (a `license` field or a LICENSE file)');
if (!/^[a-z0-9][a-z0-9-]*$/.test(manifest.name))
  problems.push(`Open VSX: the name '${manifest.name}' is not lower-case letters, digits and hyphens`);
if (!/^[a-zA-Z0-9][a-zA-Z0-9-]*$/.test(manifest.publisher))
  problems.push(`Open VSX: the publisher '${manifest.publisher}' is not a valid namespace`);
if (!semver.valid(manifest.version)) problems.push(`Open VSX: the version '${manifest.version}' is not semantic`);
if (!semver.validRange(manifest.engines?.vscode)) problems.push('Open VSX: engines.vscode is not a version range');
if (!manifest.displayName || manifest.displayName.length > 100)
  problems.push('Open VSX: a displayName of at most 100 characters is needed');
if (!manifest.repository) problems.push('Open VSX: no repository (the registry page links it)');

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `${vsix}: ${(size / 1024).toFixed(0)} KB (budget ${VSIX_BUDGET / 1000} KB), client bundle ${(client.length / 1024).toFixed(0)} KB without the engine; the manifest passes Open VSX's checks`,
);
