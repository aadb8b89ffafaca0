// One browser for the whole run (started by global-setup.ts); each test gets a fresh context,
// i.e. a fresh profile with empty storage, watched for problems.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { watchContext, type Watch } from './watch';

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

export function serverURL(): string {
  return inject('serverURL');
}

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

export interface GuideOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly colorScheme?: 'light' | 'dark';
  /** Run before the app's own scripts on every load (e.g. to make storage fail). */
  readonly initScripts?: readonly (() => void)[];
}

export interface GuidePage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly watch: Watch;
  close(): Promise<void>;
}

export async function openGuide(browser: Browser, options: GuideOptions = {}): Promise<GuidePage> {
  const context = await browser.newContext({
    baseURL: serverURL(),
    viewport: options.viewport ?? PHONE,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  // Waits are on conditions; the limit only has to outlast a busy 2-core machine.
  context.setDefaultTimeout(30_000);
  const watch = await watchContext(context);
  for (const script of options.initScripts ?? []) await context.addInitScript(script);
  const page = await context.newPage();
  return { context, page, watch, close: () => context.close() };
}

/**
 * For a test file: connects to the run's browser once, and runs each test body in a fresh
 * watched context that must end without a problem (CSP, console error, uncaught error, dialog).
 */
export function useBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    withGuide: async <T>(
      options: GuideOptions,
      body: (guide: GuidePage) => Promise<T>,
    ): Promise<T> => {
      if (!browser) throw new Error('not connected to the browser');
      const guide = await openGuide(browser, options);
      try {
        const result = await body(guide);
        expect(guide.watch.problems).toEqual([]);
        return result;
      } finally {
        await guide.close();
      }
    },
  };
}
