import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The real-editor tests (`pnpm test:editor`, through run.sh which installs the editors and
// builds the .vsix). Slow and one at a time: each drives a whole editor.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/editor/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
