// Offline and "add to home screen": a Workbox service worker that precaches every file of the
// build (the app, the three languages, every lazy screen, letters and print styles included), and
// the web app manifest. The app registers the worker itself (src/app/start-service-worker.ts):
// no inline script, so the strict CSP holds.
import { VitePWA } from 'vite-plugin-pwa';

export function offlineSupport() {
  return VitePWA({
    injectRegister: null,
    registerType: 'prompt',
    strategies: 'generateSW',
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    includeAssets: ['favicon.svg'],
    manifest: {
      name: '催收应对向导',
      short_name: '催收向导',
      description: '被催收时，一步一步弄清楚该做什么。回答只保存在你的设备上。',
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
