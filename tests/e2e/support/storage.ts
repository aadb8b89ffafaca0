// Hostile storage: what private modes, blocked cookies and full quotas do to localStorage.
import type { Page } from 'playwright-core';

export const SESSION_KEY = 'dcg.session.v1';
export const LANGUAGE_KEY = 'dcg.lang';

/** Init script: reading window.localStorage throws, as with storage blocked by the browser. */
export function storageDisabled(): void {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Init script: every write throws, as with a full quota or Safari's old private mode. */
export function storageFull(): void {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/** Puts raw text into the app's storage (loading the app once to be on its origin). */
export async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto('/');
  await page.evaluate((all) => {
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, entries);
}

export function readStorage(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}
