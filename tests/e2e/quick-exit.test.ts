// Quick exit: one key press leaves for a neutral page, Back does not return to the guide, and the
// answers are cleared only when the person ticked the box. The neutral pages are stubbed here, so
// nothing leaves the test machine.
import type { BrowserContext, Page } from 'playwright-core';
import { NEUTRAL_PAGE } from '../../src/app/quick-exit';
import { serverURL, useBrowser } from './support/browser';
import { Journey } from './support/journey';
import { press } from './support/keyboard';
import { readStorage, SESSION_KEY } from './support/storage';

const { withGuide } = useBrowser();
const BEFORE = 'https://example.org/';

async function stubNeutralPages(context: BrowserContext): Promise<void> {
  for (const url of [NEUTRAL_PAGE, BEFORE]) {
    await context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<title>${url}</title>` }),
    );
  }
}

/** Some browsing first, then the guide, one answer given, then the quick exit. */
async function leaveMidway(page: Page, tickClear: boolean): Promise<Journey> {
  await page.goto(BEFORE);
  const journey = new Journey(page, 'zh-CN');
  await journey.open();
  await journey.begin();
  await journey.answer('bank_loan');
  if (tickClear) {
    await page.getByRole('checkbox', { name: journey.words.exit.clear_on_exit }).check();
  }
  await Promise.all([
    page.waitForURL(NEUTRAL_PAGE),
    press(page, journey.header.getByRole('link', { name: journey.words.exit.leave })),
  ]);
  return journey;
}

it('leaves for a neutral page that Back does not return from', () =>
  withGuide({}, async ({ page, context }) => {
    await stubNeutralPages(context);
    await leaveMidway(page, false);
    await page.goBack();
    expect(page.url()).toBe(BEFORE);
    // Not ticked: the answers are still on the device for the person's return.
    await page.goto(serverURL());
    expect(await readStorage(page, SESSION_KEY)).toContain('bank_loan');
  }));

it('clears the answers first when the person ticked the box, and remembers that choice', () =>
  withGuide({}, async ({ page, context }) => {
    await stubNeutralPages(context);
    const journey = await leaveMidway(page, true);
    await journey.open();
    expect(await readStorage(page, SESSION_KEY)).toBeNull();
    await expect(
      page.getByRole('checkbox', { name: journey.words.exit.clear_on_exit }).isChecked(),
    ).resolves.toBe(true);
  }));
