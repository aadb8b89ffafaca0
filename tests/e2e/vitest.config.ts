// Browser and build tests: `npm run test:e2e`. One build, one server, one browser for the whole
// run; the size budgets (tests/perf) read the same build.
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: join(import.meta.dirname, '..', '..'),
  test: {
    environment: 'node',
    globals: true,
    include: ['tests/e2e/**/*.test.ts', 'tests/perf/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // A hang guard, not a speed check: every wait inside a test is on a condition, and on a busy
    // 2-core machine a whole keyboard journey can take a minute. `npm run bench` measures speed.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // On 2 cores the browser needs the CPU more than the test runner does: one file at a time,
    // two pages at once within it (the tests mostly wait on the browser).
    maxWorkers: 1,
    maxConcurrency: 2,
    // Each test with its time, so a slow one shows in the log.
    reporters: ['verbose'],
  },
});
