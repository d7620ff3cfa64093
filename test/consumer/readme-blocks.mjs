// The ```ts blocks of the package READMEs: programs a vendor can copy, compiled and run by
// test/readme-examples.test.ts (against the workspace) and test/consumer (against the tarballs).
import { readFileSync } from 'node:fs';
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
