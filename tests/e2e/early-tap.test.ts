// On a slow network the pre-rendered start screen is on screen well before the app can act. What
// is done in that time is not lost: a tap on "begin" shows it was taken and the first question
// opens as soon as the app runs, with focus on its heading; a language chosen is the one it opens
// in.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EARLY_LANGUAGE_ATTRIBUTE } from '../../src/ui/prerender-markers';
import { useBrowser } from './support/browser';
import { SCREENSHOT_DIR } from './support/paths';
import { LANGUAGE_KEY, readStorage } from './support/storage';
import { questionTitle, text } from './support/text';

const { withGuide } = useBrowser();

/** Holds back the app's own script until released, as a slow connection would. */
async function holdApp(page: Page): Promise<() => void> {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * The early script is a module: it runs once the page is parsed, so on a busy machine the menu can
 * be on screen a moment before anything listens to it. Waits until a change to the menu (its own
 * value, so nothing is chosen) is recorded.
 */
async function untilEarlyScriptListens(page: Page): Promise<void> {
  await page.waitForFunction(
    ({ attribute }) => {
      const menu = document.querySelector('#root[data-prerendered] select');
      menu?.dispatchEvent(new Event('change', { bubbles: true }));
      return document.documentElement.hasAttribute(attribute);
    },
    { attribute: EARLY_LANGUAGE_ATTRIBUTE },
  );
}

it('opens the first question after a "begin" tapped before the app had loaded', () =>
  withGuide({}, async ({ page }) => {
    const release = await holdApp(page);
    await page.goto('/?lang=zh-CN', { waitUntil: 'commit' });
    await untilEarlyScriptListens(page);
    const begin = page.getByRole('button', { name: text('zh-CN').start.begin, exact: true });
    await begin.click();
    await expect(begin.getAttribute('aria-busy')).resolves.toBe('true');
    await expect(page.locator('#root[data-prerendered]').count()).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '360x740', 'zh-CN-00-early-begin.png') });

    release();
    const heading = page.getByRole('heading', {
      level: 1,
      name: questionTitle('zh-CN', 'debt_type'),
    });
    await heading.waitFor();
    await expect(heading.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('data-early-action')).resolves.toBeNull();
  }));

it('opens in the language chosen from the menu before the app had loaded, and remembers it', () =>
  withGuide({}, async ({ page }) => {
    const release = await holdApp(page);
    await page.goto('/', { waitUntil: 'commit' });
    await untilEarlyScriptListens(page);
    await page.locator('#root[data-prerendered] select').selectOption('en');
    release();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page
      .getByRole('heading', { level: 1, name: text('en').start.heading, exact: true })
      .waitFor();
    await expect(readStorage(page, LANGUAGE_KEY)).resolves.toBe('en');
  }));
