import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    setupFiles: ['./test/setup-formats.ts'],
    reporters: ['default', './test/reporters/summary-line.ts'],
    // Builds and browsers are heavy; two cores run them one file at a time without starving.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
