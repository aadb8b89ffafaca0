// On a slow network the pre-rendered start screen is on screen well before the app can act. A tap
// on "begin" in that time is not lost: the button shows it was taken, and the first question opens
// as soon as the app runs, with focus on its heading.
import { join } from 'node:path';
import { useBrowser } from './support/browser';
import { SCREENSHOT_DIR } from './support/paths';
import { questionTitle, text } from './support/text';

const { withGuide } = useBrowser();

it('opens the first question after a "begin" tapped before the app had loaded', () =>
  withGuide({}, async ({ page }) => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The app's own script arrives only when released, as on a slow connection.
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/?lang=zh-CN', { waitUntil: 'commit' });
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
