import { startApp } from './app/start-app';
import { safeStorage } from './boundaries/storage';
import './styles.css';

async function start() {
  const root = document.getElementById('root');
  if (!root) return;
  const storage = safeStorage();
  await startApp({ root, storage, location: window.location, history: window.history });
  // Offline support is set up after the first screen, and its code is fetched then too.
  const { startServiceWorker } = await import('./app/start-service-worker');
  startServiceWorker(storage.available);
}

void start();
