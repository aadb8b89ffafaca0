import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyDocumentLanguage, pickLanguage } from './app/language';
import { readStartup } from './app/session';
import { safeStorage } from './boundaries/storage';
import { createI18n } from './i18n/init';
import './styles.css';

async function start() {
  const storage = safeStorage();
  const { language, rejected } = pickLanguage(window.location.search, storage);
  applyDocumentLanguage(language);
  const i18n = await createI18n(language);
  const startup = readStartup(storage);
  const notices = rejected
    ? [...startup.notices, { kind: 'language_unknown' as const }]
    : startup.notices;
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} storage={storage} startup={{ ...startup, notices }} />
    </StrictMode>,
  );
}

void start();
