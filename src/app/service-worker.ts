// Loaded after the first screen: registers the service worker that keeps the whole guide on the
// device (see vite.config.ts), and reports a new version once it is installed and waiting.
const BASE = import.meta.env.BASE_URL;

export async function registerServiceWorker(onUpdateReady: (apply: () => void) => void) {
  const registration = await navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE });
  const offer = (waiting: ServiceWorker) =>
    onUpdateReady(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
        once: true,
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  // Without a controller this is the first install: nothing to update, the guide is now offline.
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}
