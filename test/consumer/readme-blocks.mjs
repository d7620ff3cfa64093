// The ```ts blocks of the package READMEs: programs a vendor can copy, compiled and run by
// test/readme-examples.test.ts (against the workspace) and test/consumer (against the tarballs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const READMES = ['packages/sdk/README.md', 'packages/schemas/README.md'];

/** Every ```ts block of the READMEs under `root`, named `<package>-<n>`. */
export function readmePrograms(root) {
  return READMES.flatMap((readme) =>
    [...readFileSync(join(root, readme), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m, i) => ({
      name: `${readme.split('/')[1]}-${i + 1}`,
      readme,
      code: m[1],
    })),
  );
}

/**
 * Writes TypeScript programs (`{ name, code }`) and the tsconfig of a vendor's project into `dir`:
 * strict, NodeNext, output in `out/`.
 */
export function writeTsProject(dir, programs) {
  const compilerOptions = {
    strict: true,
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    types: ['node'],
    outDir: 'out',
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
  for (const p of programs) writeFileSync(join(dir, `${p.name}.ts`), p.code);
}
