import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// One test run for the whole repository: unit tests beside the code in packages/*/src,
// cross-package tests (CLI end to end, language server over stdio) in test/.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['packages/*/src/**/*.test.ts', 'packages/*/scripts/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/editor/**'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
