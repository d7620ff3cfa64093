import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Codelists, readEditorSettings } from '@nof/sdk';
// @ts-expect-error plain ESM build script without declarations
import { renderConfiguration, renderPackageJson } from '../extension/scripts/configuration.mjs';
import { root } from './cli/nof.js';

describe("the extension's settings", () => {
  it('are generated from the settings schema (run `pnpm generate` and commit when this fails)', () => {
    expect(readFileSync(join(root, 'extension/package.json'), 'utf8')).toBe(renderPackageJson());
  });

  it('are the ones the server checks: every default, and every rule level VS Code offers, is accepted', () => {
    const properties = renderConfiguration().properties as Record<string, { default: unknown; additionalProperties?: { enum: string[] } }>;
    const nof = Object.fromEntries(Object.entries(properties).map(([key, p]) => [key.slice('nof.'.length), p.default]));
    expect(readEditorSettings(nof, new Codelists()).problems).toEqual([]);
    const levels = properties['nof.rules']!.additionalProperties!.enum;
    const rules = Object.fromEntries(
      levels.map((level, i) => [
        ['reference/unresolved', 'consortium/lead-is-member', 'workspace/duplicate-id', 'agreement/end-after-start'][i]!,
        level,
      ]),
    );
    expect(readEditorSettings({ rules, asOf: '2015-06-01' }, new Codelists())).toEqual({
      layer: { rules, asOf: '2015-06-01' },
      problems: [],
    });
  });
});
