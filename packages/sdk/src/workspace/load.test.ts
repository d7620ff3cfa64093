import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentYaml } from '../rules/testing.js';
import { loadWorkspace } from '../node/load.js';
import { validateWorkspace } from './load.js';

const member = (authority: string) =>
  documentYaml(
    'Consortium',
    'east-midlands',
    `type: regional\nmembers: [{ authority: ${authority} }]\narrangements: [{ id: ifa, type: framework-agreement }]`,
  );

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nof-ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('loadWorkspace', () => {
  it('reads every YAML file below the folder, applying the config and leaving ignored files out', async () => {
    const root = folder({
      'nof.config.yaml': 'asOf: 2020-01-01\nignore: [drafts/]\nrules:\n  codelist/unknown-code: warn\n',
      'consortia/east-midlands.yml': member('E10000021'),
      'consortia/unknown.yaml': member('E08000999').replace('east-midlands', 'unknown'),
      'drafts/broken.yaml': 'kind: [\n',
      'notes.txt': 'not yaml',
    });
    const workspace = await loadWorkspace(join(root, 'consortia'));
    expect(workspace.asOf).toBe('2020-01-01');
    const results = validateWorkspace(workspace);
    expect(results.map((r) => [r.uri.slice(root.length), r.diagnostics.map((d) => `${d.code}:${d.severity}`)])).toEqual([
      ['/nof.config.yaml', []],
      ['/consortia/east-midlands.yml', []], // Northamptonshire still existed on 2020-01-01
      ['/consortia/unknown.yaml', ['codelist/unknown-code:warning']],
    ]);
  });

  it('reports problems in the config file itself', async () => {
    const root = folder({ 'nof.config.yaml': 'rules:\n  nope/nothing: warn\n', 'a.yaml': member('E08000035') });
    const [config, a] = validateWorkspace(await loadWorkspace(root));
    expect(config!.diagnostics.map((d) => d.code)).toEqual(['config/unknown-rule']);
    expect(a!.diagnostics).toEqual([]);
  });
});
