// Build time only (scripts/build/prerender-plugin.ts, in Node): the start screen as the app first
// renders it for a new visitor, so index.html shows it before any JavaScript has run.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { firstScreenKey } from './app/mount';
import type { Startup } from './app/session';
import { safeStorage } from './boundaries/storage';
import { createI18n } from './i18n/init';
import { DEFAULT_LANGUAGE } from './i18n/languages';

export async function renderStartScreen(): Promise<{ html: string; screen: string }> {
  const i18n = await createI18n(DEFAULT_LANGUAGE);
  const startup: Startup = { saved: null, notices: [] };
  const screen = firstScreenKey({
    language: DEFAULT_LANGUAGE,
    startup,
    preloaded: false,
    clearOnExit: false,
    beganEarly: false,
  });
  const html = renderToString(
    <StrictMode>
      <App i18n={i18n} storage={safeStorage(() => undefined)} startup={startup} />
    </StrictMode>,
  );
  return { html, screen };
}
