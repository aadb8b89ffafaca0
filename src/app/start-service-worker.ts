import { offerUpdate } from './update-ready';

/**
 * Registers the service worker once the page has loaded and the main thread is idle (a cheap
 * phone spends ~30 ms of it registering), so it never competes with the first screen or a tap.
 * When answers cannot be saved (storage off), no update is offered: a reload would lose them.
 */
export function startServiceWorker(canKeepAnswers: boolean): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () =>
    void import('./service-worker')
      .then(({ registerServiceWorker }) =>
        registerServiceWorker(canKeepAnswers ? offerUpdate : () => undefined),
      )
      .catch((error: unknown) => console.warn('offline support unavailable:', String(error)));
  // Safari has no requestIdleCallback: a second after load is quiet enough there.
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(start, { timeout: 5000 })
      : setTimeout(start, 1000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
