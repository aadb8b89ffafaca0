// Offline and "add to home screen": a Workbox service worker that precaches every file of the
// build (the app, the three languages, every lazy screen, letters and print styles included), and
// the web app manifest. The app registers the worker itself (src/app/start-service-worker.ts):
// no inline script, so the strict CSP holds.
import { VitePWA } from 'vite-plugin-pwa';
import { PAGE_WORDS } from './page-meta.ts';

export function offlineSupport() {
  return VitePWA({
    injectRegister: null,
    registerType: 'prompt',
    strategies: 'generateSW',
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    includeAssets: ['favicon.svg'],
    manifest: {
      name: PAGE_WORDS.title,
      short_name: PAGE_WORDS.shortTitle,
      description: PAGE_WORDS.description,
      lang: 'zh-CN',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#1f5fa8',
      icons: [
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: '/icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,txt,webmanifest}'],
      // Any address of the app (?lang=en, a share link) opens from the cache when offline.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The update waits for the person's tap (the banner), never replacing the page under them.
      skipWaiting: false,
      clientsClaim: false,
    },
  });
}
