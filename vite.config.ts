import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/build/csp.ts';
import { earlyScript } from './scripts/build/early-script.ts';
import { inlineFirstScreenCss } from './scripts/build/inline-css.ts';
import { pageMeta } from './scripts/build/page-meta.ts';
import { prerenderStartScreen } from './scripts/build/prerender-plugin.ts';
import { offlineSupport } from './scripts/build/pwa.ts';

export default defineConfig({
  plugins: [
    react(),
    pageMeta(),
    prerenderStartScreen(),
    earlyScript(),
    // In this order: the policy names the hash of the <style> the stylesheet became.
    inlineFirstScreenCss(),
    contentSecurityPolicy(),
    offlineSupport(),
  ],
  resolve: {
    // React 19 has useSyncExternalStore: @xstate/react's fallback for React 17 is dead weight.
    alias: [
      { find: /^use-sync-external-store\/shim$/, replacement: 'use-sync-external-store' },
      {
        find: /^use-sync-external-store\/shim\/with-selector$/,
        replacement: 'use-sync-external-store/with-selector',
      },
    ],
  },
  build: {
    // tests/perf/budget.test.ts and `npm run bench` read the first screen's files from it.
    manifest: true,
    // Every browser that runs this app's JavaScript supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Everything the first screen needs in one file, so lazy screens import from it.
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  test: {
    environment: 'node',
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    // Browser tests and the size budgets (which read the browser tests' build): npm run test:e2e;
    // the WebKit tests: npm run test:webkit
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/perf/**', 'tests/webkit/**'],
    setupFiles: ['tests/support/setup.ts'],
    // Whole-guide renders with lazy screens take seconds on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
