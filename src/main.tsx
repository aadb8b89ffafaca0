import { StrictMode } from 'react';
import { App } from './app/App';
import { takeEarlyBegin } from './app/early-tap';
import { applyDocumentLanguage, pickLanguage } from './app/language';
import { firstScreenKey, mount, opensOnFirstQuestion } from './app/mount';
import { readClearOnExit } from './app/quick-exit';
import { readStartup } from './app/session';
import { startServiceWorker } from './app/start-service-worker';
import { safeStorage } from './boundaries/storage';
import { createI18n } from './i18n/init';
import './styles.css';

async function start() {
  const storage = safeStorage();
  // Share links are rare: their decoder is fetched only when the address carries a fragment.
  const link = window.location.hash
    ? (await import('./app/share-startup')).takeShareLink(window.location, window.history)
    : ({ kind: 'none' } as const);
  const { language, rejected } = pickLanguage(window.location.search, storage);
  applyDocumentLanguage(language);
  const [i18n, startup] = await Promise.all([createI18n(language), readStartup(storage)]);
  const notices = [
    ...startup.notices,
    ...(rejected ? [{ kind: 'language_unknown' as const }] : []),
    ...(link.kind === 'invalid' ? [{ kind: 'link_invalid' as const }] : []),
  ];
  const root = document.getElementById('root');
  if (!root) return;
  const preload = link.kind === 'ok' ? link.answers : undefined;
  const first = {
    language,
    startup: { ...startup, notices },
    preloaded: preload !== undefined,
    clearOnExit: readClearOnExit(storage),
    beganEarly: takeEarlyBegin(document.documentElement),
  };
  mount(
    root,
    <StrictMode>
      <App
        i18n={i18n}
        storage={storage}
        startup={{ ...startup, notices }}
        preload={preload}
        beginNow={opensOnFirstQuestion(first)}
      />
    </StrictMode>,
    firstScreenKey(first),
  );
  startServiceWorker(storage.available);
}

void start();
