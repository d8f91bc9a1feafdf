import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Node keeps compiled code here (keyed by each file's content), so the scripts the tests start
// (`npm run new`, `npm run check`) load two to three times faster after their first start.
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'pmo-playbook-node-compile-cache');

const shared = {
  setupFiles: ['./test/setup-formats.ts'],
  testTimeout: 30_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/summary-line.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Pure code, no builds or browsers: two files at a time, one per core. They run first,
          // while global setup builds the example site in the background.
          maxWorkers: 2,
          // Each worker keeps the modules it has loaded from one file to the next (setupFiles
          // still run before each file): half the CPU time of loading them again per file.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['./test/global-setup.ts'],
          // Builds and browsers are heavy; two cores run them one file at a time without starving.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
