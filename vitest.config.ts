import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // examples/plugin is its own package and imports policylint by name, as a published plugin
    // would (its peer dependency); inside this repository that name is the source tree.
    alias: [{ find: /^policylint$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) }],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/plugin/test/**/*.test.mjs'],
    testTimeout: 30000,
    pool: 'threads',
    // In CI, also write a JSON summary so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: 'test-results/vitest.json' } : undefined,
  },
});
