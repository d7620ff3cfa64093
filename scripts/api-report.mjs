// The public API of every published package, one API Extractor report per entry point
// (packages/<pkg>/etc/<name>.api.md, committed). `pnpm api:check` (and test/api-report.test.ts, in
// `pnpm test`) fails when a build's API differs from its report; `pnpm api:update`
// writes the reports again, so a change to the API shows in review as a change to these files.
// Entry points are read from each package.json's `exports` (those with types).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { publishedPackages } from './packages/pack.mjs';

/** Every typed entry point of the published packages: its .d.ts and the name of its report. */
export function entryPoints() {
  return publishedPackages().flatMap(({ dir, manifest }) =>
    Object.entries(manifest.exports)
      .filter(([, target]) => typeof target === 'object' && target.types)
      .map(([subpath, target]) => {
        const unscoped = manifest.name.replace(/^@[^/]+\//, '');
        const suffix = subpath === '.' ? '' : `-${subpath.replace(/^\.\//, '').replaceAll('/', '-')}`;
        return { dir, manifest, subpath, dts: join(dir, target.types), report: `${unscoped}${suffix}` };
      }),
  );
}

/**
 * Runs API Extractor on every entry point; `update` writes the reports, otherwise they are
 * compared. Returns the entries whose API changed. `only` (report names) and `reportsIn` (a folder
 * holding the reports instead of each package's etc/) are for testing the check itself.
 */
export function apiReports({ update, only, reportsIn }) {
  const temp = mkdtempSync(join(tmpdir(), 'nof-api-'));
  const changed = [];
  try {
    for (const entry of entryPoints().filter((e) => !only || only.includes(e.report))) {
      const reportFolder = reportsIn ?? join(entry.dir, 'etc');
      if (update) mkdirSync(reportFolder, { recursive: true });
      const config = ExtractorConfig.prepare({
        packageJsonFullPath: join(entry.dir, 'package.json'),
        configObjectFullPath: undefined,
        configObject: {
          projectFolder: entry.dir,
          mainEntryPointFilePath: entry.dts,
          compiler: {
            overrideTsconfig: {
              compilerOptions: {
                module: 'NodeNext',
                moduleResolution: 'NodeNext',
                target: 'ES2022',
                lib: ['ES2023'],
                types: ['node'],
                strict: true,
                skipLibCheck: true,
              },
              files: [entry.dts],
            },
          },
          apiReport: { enabled: true, reportFolder, reportTempFolder: temp, reportFileName: `${entry.report}.api.md` },
          docModel: { enabled: false },
          dtsRollup: { enabled: false },
          tsdocMetadata: { enabled: false },
          newlineKind: 'lf',
          messages: {
            compilerMessageReporting: { default: { logLevel: 'warning' } },
            // Release tags (@public, @beta) are not used: what an entry exports is its API.
            extractorMessageReporting: {
              default: { logLevel: 'warning', addToApiReportFile: true },
              'ae-missing-release-tag': { logLevel: 'none' },
            },
            tsdocMessageReporting: { default: { logLevel: 'none' } },
          },
        },
      });
      const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false, messageCallback: quiet });
      if (result.apiReportChanged) changed.push(`${entry.manifest.name}${entry.subpath === '.' ? '' : entry.subpath.slice(1)}`);
      if (result.errorCount > 0) throw new Error(`API Extractor failed on ${entry.dts}`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return changed;
}

/** API Extractor's own log, less its progress lines; warnings go into the reports themselves. */
function quiet(message) {
  if (message.logLevel === 'info' || message.logLevel === 'verbose' || message.category === 'Extractor') message.handled = true;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').at(-1))) {
  const update = process.argv.includes('--update');
  const changed = apiReports({ update });
  if (update) console.log(changed.length ? `API reports written: ${changed.join(', ')}` : 'API reports unchanged');
  else if (changed.length) {
    console.error(
      `The public API changed without its report: ${changed.join(', ')}. Review the change, then run \`pnpm api:update\` and commit packages/*/etc/.`,
    );
    process.exit(1);
  } else console.log('API reports match the build');
}
