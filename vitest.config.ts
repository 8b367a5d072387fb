import { defineConfig } from 'vitest/config';

// Tests mirror the tree: test/indicators, test/db, test/server, test/web (browser, real Chromium).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/per-file.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
    reporters: ['default', './test/setup/closing-line-reporter.ts'],
  },
});
