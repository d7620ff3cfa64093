import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ProcessGroup } from './processes.js';
import { ExampleWorkspace, repoRoot } from './workspace.js';

// A second, non-VS Code client: Neovim's built-in LSP client, headless, runs the server the
// way a Neovim user would (`nof-language-server --stdio`) and must receive its diagnostics.
const serverPackage = join(repoRoot, 'packages', 'language-server');
const serverBin = join(serverPackage, JSON.parse(readFileSync(join(serverPackage, 'package.json'), 'utf8')).bin['nof-language-server']);
const workspace = new ExampleWorkspace();
afterAll(() => workspace.remove());

interface NeovimDiagnostic {
  line: number;
  col: number;
  end_line: number;
  end_col: number;
  severity: number;
  code: string | null;
  message: string;
}

interface NeovimResult {
  arrived: boolean;
  diagnostics: NeovimDiagnostic[];
  /** How many publications for the file arrived, and the most diagnostics one carried. */
  published: number;
  most: number;
}

async function diagnosticsInNeovim(file: string, wait: 'diagnostics' | 'published' = 'diagnostics'): Promise<NeovimResult> {
  const nvim = new ProcessGroup(
    'nvim',
    ['--headless', '--clean', '-n', '-c', `luafile ${join(repoRoot, 'test/editor/neovim-check.lua')}`, file],
    {
      ...process.env,
      NOF_SERVER: JSON.stringify([process.execPath, serverBin, '--stdio']),
      NOF_ROOT: workspace.dir,
      NOF_WAIT: wait,
    },
  );
  try {
    await nvim.waitFor(/^\{.*\}$/m, 60_000);
    const line = nvim.log.split('\n').find((l) => l.startsWith('{'))!;
    const result = JSON.parse(line) as NeovimResult & { error?: string };
    if (result.error) throw new Error(`Neovim: ${result.error}\n${nvim.log}`);
    return result;
  } finally {
    await nvim.stop();
  }
}

test('Neovim receives the server diagnostics at the place of the error, with the rule code', async () => {
  const file = 'national-contracts/national-fostering-contract.yaml';
  const at = workspace.edit(file, 'status: current', 'status: currnet');
  const valueAt = { line: at.line, character: at.character + 'status: '.length };

  const { arrived, diagnostics } = await diagnosticsInNeovim(workspace.path(file));

  expect(arrived).toBe(true);
  expect(diagnostics).toContainEqual(
    expect.objectContaining({
      line: valueAt.line,
      col: valueAt.character,
      end_col: valueAt.character + 'currnet'.length,
      severity: 1, // vim.diagnostic.severity.ERROR
      code: 'schema/enum',
      message: expect.stringContaining('Did you mean `current`?'),
    }),
  );
});

test('Neovim shows no diagnostic on a valid file it opens with the workspace (none from a half-read workspace either)', async () => {
  // Valid among its neighbours and as of the examples' nof.config.yaml date: opened at once, while the server indexes.
  const { arrived, published, most, diagnostics } = await diagnosticsInNeovim(
    workspace.path('agreements/ipa-skp-2014-0311.yaml'),
    'published',
  );
  expect(arrived).toBe(true);
  expect(published).toBeGreaterThan(0);
  expect(most).toBe(0);
  expect(diagnostics).toEqual([]);
});
