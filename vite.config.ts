import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { preloadChosenLanguage } from './scripts/build/preload-language.ts';
import { prerenderStartScreen } from './scripts/build/prerender-plugin.ts';
import { offlineSupport } from './scripts/build/pwa.ts';

// No inline script, no eval, nothing fetched from elsewhere. A static host cannot set headers, so
// the build also carries it as a <meta>, where frame-ancestors is not allowed (browsers warn).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

// Build only: the dev server needs inline scripts for React refresh.
const cspMeta = (): Plugin => ({
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: CSP.filter((d) => !d.startsWith('frame-ancestors')).join('; '),
      },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  plugins: [react(), cspMeta(), prerenderStartScreen(), preloadChosenLanguage(), offlineSupport()],
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
  preview: { headers: { 'Content-Security-Policy': CSP.join('; ') } },
  test: {
    environment: 'node',
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**'], // browser tests: npm run test:e2e
    setupFiles: ['tests/support/setup.ts'],
    // Whole-guide renders with lazy screens take seconds on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
