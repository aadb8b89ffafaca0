// Each test drives the run's MiniBrowser session (started by global-setup.ts) in a fresh tab at
// phone size, with the guide's storage, service worker and caches cleared, and must end without a
// problem in the page.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, inject } from 'vitest';
import { WebKitPage } from './page';
import { Session } from './webdriver';

/** The phone the Chromium tests use. */
export const PHONE = { width: 360, height: 740 } as const;

export function serverURL(): string {
  return inject('serverURL');
}

/** Files MiniBrowser has downloaded in this run, by name. */
export function downloads(): string[] {
  return readdirSync(inject('downloadDir'), { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

export function downloadPath(name: string): string {
  return join(inject('downloadDir'), name);
}

function clearDownloads(): void {
  for (const name of downloads()) rmSync(downloadPath(name));
}

/** Leaves nothing of an earlier test: storage, the service worker and its caches, downloads. */
async function clearOrigin(page: WebKitPage): Promise<void> {
  // Any file of the origin will do; robots.txt does not start the app.
  await page.goto('/robots.txt');
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    if ('serviceWorker' in navigator) {
      const registrations = await navigator.serviceWorker.getRegistrations();
      await Promise.all(registrations.map((registration) => registration.unregister()));
    }
    if ('caches' in window) {
      await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
    }
  });
  clearDownloads();
}

export async function preparePage(session: Session, baseURL = serverURL()): Promise<WebKitPage> {
  await session.freshTab();
  const page = new WebKitPage(session, baseURL);
  await clearOrigin(page);
  await page.setViewport(PHONE.width, PHONE.height);
  return page;
}

/** For a test file: the run's session; each test body gets a clean tab and must end cleanly. */
export function useWebKit() {
  const session = new Session(inject('webDriverURL'), inject('webKitSession'));
  beforeAll(() => session.setScriptTimeout(60_000));
  return {
    withGuide: async <T>(body: (page: WebKitPage) => Promise<T>): Promise<T> => {
      const page = await preparePage(session);
      const result = await body(page);
      expect(await page.problems()).toEqual([]);
      return result;
    },
  };
}
