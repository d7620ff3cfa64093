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

async function diagnosticsInNeovim(file: string): Promise<{ arrived: boolean; diagnostics: NeovimDiagnostic[] }> {
  const nvim = new ProcessGroup(
    'nvim',
    ['--headless', '--clean', '-n', '-c', `luafile ${join(repoRoot, 'test/editor/neovim-check.lua')}`, file],
    {
      ...process.env,
      NOF_SERVER: JSON.stringify([process.execPath, serverBin, '--stdio']),
      NOF_ROOT: workspace.dir,
    },
  );
  try {
    await nvim.waitFor(/^\{.*\}$/m, 60_000);
    const line = nvim.log.split('\n').find((l) => l.startsWith('{'))!;
    const result = JSON.parse(line) as { error?: string; arrived: boolean; diagnostics: NeovimDiagnostic[] };
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
