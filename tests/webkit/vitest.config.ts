// The key journeys in WebKit (what every browser on an iPhone runs): `npm run test:webkit`.
// Debian's WebKitWebDriver drives MiniBrowser under Xvfb: one build, one server, one browser
// session for the whole run.
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: join(import.meta.dirname, '..', '..'),
  test: {
    environment: 'node',
    globals: true,
    include: ['tests/webkit/**/*.test.ts'],
    globalSetup: ['tests/webkit/global-setup.ts'],
    // A hang guard, not a speed check: every wait inside a test is on a condition.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // One browser session and 2 cores: one file, one test at a time.
    maxWorkers: 1,
    fileParallelism: false,
    maxConcurrency: 1,
    reporters: ['verbose'],
  },
});
