import { startApp } from './app/start-app';
import { startServiceWorker } from './app/start-service-worker';
import { safeStorage } from './boundaries/storage';
import './styles.css';

async function start() {
  const root = document.getElementById('root');
  if (!root) return;
  const storage = safeStorage();
  await startApp({ root, storage, location: window.location, history: window.history });
  startServiceWorker(storage.available);
}

void start();
