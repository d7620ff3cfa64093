import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// One test run for the whole repository: unit tests beside the code in packages/*/src,
// cross-package tests (CLI end to end, language server over stdio) in test/.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['packages/*/src/**/*.test.ts', 'packages/*/scripts/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/editor/**'],
    // Checks after each test file that the rules it ran were run on every apiVersion they claim.
    setupFiles: ['test/rule-versions.ts'],
    // Type-level tests: tsc checks *.test-d.ts (a @ts-expect-error that is not an error fails).
    typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'], tsconfig: 'test/tsconfig.typecheck.json' },
    testTimeout: 30_000,
    pool: 'threads',
    // Test files share a worker's modules, so the schemas are compiled once per worker rather than
    // once per file (118 s → 9 s for the rule tests). Tests must not leave global state behind.
    isolate: false,
  },
});
