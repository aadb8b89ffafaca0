// The browser's own Back and Forward (page.goBack, as a button, gesture or Alt+Left would), a
// reload, and the quick exit, in a real browser: every question and screen is an entry holding
// only where it is; Back from the first question is the start screen; Back from the letters or
// the evidence log is the result; a reload lands where the person was; and after a quick exit
// neither Back nor Forward leads into the guide.
import type { Page } from 'playwright-core';
import evidence from '../../locales/zh-CN/evidence.json';
import letters from '../../locales/zh-CN/letters.json';
import { NEUTRAL_PAGE } from '../../src/app/quick-exit';
import { WRITTEN_KEPT } from '../support/fixtures';
import { useBrowser } from './support/browser';
import { Journey } from './support/journey';
import { expectFocusOn, press } from './support/keyboard';
import { questionTitle, text } from './support/text';

const { withGuide } = useBrowser();
const BEFORE = 'https://example.org/';

/** The address never changes as the person moves: nothing of theirs is in it. */
async function expectAddress(page: Page, address: string): Promise<void> {
  expect(page.url()).toBe(address);
  expect(await page.evaluate(() => JSON.stringify(history.state))).not.toMatch(/bank_loan|agency/);
}

describe.each(['zh-CN', 'en'] as const)('in %s', (language) => {
  it('goes Back through the questions to the start screen, and Forward again', () =>
    withGuide({}, async ({ page }) => {
      const journey = new Journey(page, language);
      await journey.open();
      const address = page.url();
      await journey.begin();
      await journey.answerAll({
        debt_type: 'bank_loan',
        debt_recognised: 'yes',
        collector: 'agency',
      });
      expect(journey.question).toBe('conduct');
      for (const question of ['collector', 'debt_recognised', 'debt_type'] as const) {
        await page.goBack();
        await expectFocusOn(page, questionTitle(language, question));
        await expectAddress(page, address);
      }
      await page.goBack();
      await journey.expectStart();
      await page.goForward();
      await expectFocusOn(page, questionTitle(language, 'debt_type'));
      const debtType = journey.main.getByRole('group', {
        name: questionTitle(language, 'debt_type'),
      });
      await expect(
        debtType.getByRole('radio', { checked: true }).getAttribute('value'),
      ).resolves.toBe('bank_loan');
    }));
});

it('goes Back from the letters and from the evidence log to the result', () =>
  withGuide({}, async ({ page }) => {
    const journey = new Journey(page, 'zh-CN');
    const words = journey.words;
    await journey.open();
    await journey.begin();
    await journey.answerAll(WRITTEN_KEPT);
    await journey.expectResult();
    const tools = [
      [words.takeaway.letters.button, letters.ui.heading],
      [words.takeaway.evidence.button, evidence.heading],
    ] as const;
    for (const [button, heading] of tools) {
      await press(page, journey.button(button));
      await expectFocusOn(page, heading);
      await page.goBack();
      await expectFocusOn(page, words.result.heading);
    }
    await page.goForward();
    await expectFocusOn(page, evidence.heading);
  }));

it('lands where the person was after a reload half-way, Back still working', () =>
  withGuide({}, async ({ page }) => {
    const journey = new Journey(page, 'zh-CN');
    await journey.open();
    await journey.begin();
    await journey.answerAll({
      debt_type: 'bank_loan',
      debt_recognised: 'yes',
      collector: 'agency',
    });
    await page.goBack();
    await expectFocusOn(page, questionTitle('zh-CN', 'collector'));
    await page.reload();
    await expectFocusOn(page, questionTitle('zh-CN', 'collector'));
    await page.goBack();
    await expectFocusOn(page, questionTitle('zh-CN', 'debt_recognised'));
    await page.goBack();
    await page.goBack();
    await journey.expectStart();
  }));

it('leaves no way Back or Forward into the guide after a quick exit', () =>
  withGuide({}, async ({ page, context }) => {
    for (const url of [NEUTRAL_PAGE, BEFORE]) {
      await context.route(url, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<title>${url}</title>` }),
      );
    }
    await page.goto(BEFORE);
    const journey = new Journey(page, 'zh-CN');
    await journey.open();
    await journey.begin();
    await journey.answerAll({
      debt_type: 'bank_loan',
      debt_recognised: 'yes',
      collector: 'agency',
    });
    const exit = journey.header.getByRole('link', { name: text('zh-CN').exit.leave });
    await Promise.all([page.waitForURL(NEUTRAL_PAGE), press(page, exit)]);
    await page.goBack();
    expect(page.url()).toBe(BEFORE);
    await page.goForward();
    expect(page.url()).toBe(NEUTRAL_PAGE);
    // Forward again would reach the guide's later entries, which browsers keep: it leaves again.
    await page.goForward().catch(() => null); // the guide's page may be left before it loads
    await page.waitForURL(NEUTRAL_PAGE);
    expect(await page.title()).toBe(NEUTRAL_PAGE);
  }));
