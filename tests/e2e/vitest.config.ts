// Browser tests: `npm run test:e2e`. One build, one server, one browser for the whole run.
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: join(import.meta.dirname, '..', '..'),
  test: {
    environment: 'node',
    globals: true,
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time, a few pages each: the tests mostly wait on the browser, not the CPU.
    maxWorkers: 2,
    maxConcurrency: 3,
  },
});
