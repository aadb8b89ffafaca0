import { offerUpdate } from './update-ready';

/**
 * Registers the service worker once the page has loaded, so it never competes with the first
 * screen. When answers cannot be saved (storage off), no update is offered: a reload would lose
 * them.
 */
export function startServiceWorker(canKeepAnswers: boolean): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () =>
    void import('./service-worker')
      .then(({ registerServiceWorker }) =>
        registerServiceWorker(canKeepAnswers ? offerUpdate : () => undefined),
      )
      .catch((error: unknown) => console.warn('offline support unavailable:', String(error)));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
