// The guide on a 360 px phone in WebKit, screen by screen (start, a question, a checkbox question,
// the result, a letter): nothing wider than the screen, the quick-exit bar still at the top after
// scrolling to the bottom (position: fixed, as on an iPhone), every field a person types into at
// least 16 px (iOS zooms into smaller ones on focus and stays zoomed), and a full-page screenshot
// of each in test-results/webkit/ to set beside Chromium's (test-results/screenshots/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import zhLetters from '../../locales/zh-CN/letters.json';
import { takeaway } from '../../locales/zh-CN/takeaway.json';
import { RESULTS_DIR } from '../e2e/support/paths';
import { TOUR_ANSWERS } from '../e2e/support/tour';
import { PHONE, useWebKit } from './support/browser';
import { Journey } from './support/journey';
import { chooseRadio, tabTo } from './support/keyboard';
import type { WebKitPage } from './support/page';

const { withGuide } = useWebKit();

const WEBKIT_SCREENSHOTS = join(RESULTS_DIR, 'webkit');

interface Layout {
  readonly overflow: number;
  readonly exitBarTop: number | null;
  readonly smallFields: string[];
}

/** Scrolls to the bottom and measures; then back to the top. */
function layout(page: WebKitPage): Promise<Layout> {
  return page.evaluate(() => {
    const root = document.documentElement;
    window.scrollTo(0, root.scrollHeight);
    const bar = document.querySelector('.quick-exit');
    const editable = [
      ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        'input:not([type="radio"]):not([type="checkbox"]):not([readonly]), textarea:not([readonly]), select',
      ),
    ];
    const result = {
      overflow: root.scrollWidth - root.clientWidth,
      exitBarTop: bar ? bar.getBoundingClientRect().top : null,
      smallFields: editable
        .filter((field) => parseFloat(getComputedStyle(field).fontSize) < 16)
        .map(
          (field) =>
            `${field.tagName.toLowerCase()}#${field.id} ${getComputedStyle(field).fontSize}`,
        ),
    };
    window.scrollTo(0, 0);
    return result;
  });
}

describe('on a 360 px phone in WebKit', () => {
  beforeAll(() => mkdirSync(WEBKIT_SCREENSHOTS, { recursive: true }));

  it('start, questions, result and a letter: fit, keep the exit bar, readable fields; photographed', () =>
    withGuide(async (page) => {
      expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([
        PHONE.width,
        PHONE.height,
      ]);
      const seen: Record<string, Layout> = {};
      const visit = async (screen: string) => {
        seen[screen] = await layout(page);
        await page.fullPageScreenshots(join(WEBKIT_SCREENSHOTS, `zh-CN-360-${screen}.png`));
      };
      const journey = new Journey(page);
      await journey.open();
      await visit('01-start');
      await journey.begin();
      await visit('02-question');
      await journey.answerAll({
        debt_type: TOUR_ANSWERS.debt_type,
        debt_recognised: TOUR_ANSWERS.debt_recognised,
        collector: TOUR_ANSWERS.collector,
      });
      await visit('03-conduct');
      await journey.answerAll(TOUR_ANSWERS);
      await journey.expectResult();
      await visit('04-result');
      // The result is long (about 28,000 px): its first screenful as a person first sees it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot(join(WEBKIT_SCREENSHOTS, 'zh-CN-360-04-result-first-screen.png'));

      await journey.press(takeaway.letters.button);
      await page.expectFocusOn(zhLetters.ui.heading);
      const chooser = await page.waitFor('the letter templates', () =>
        document.querySelector('fieldset.letter-chooser'),
      );
      const negotiation = await page.waitFor('the negotiation template', () =>
        document.getElementById('letter-negotiation'),
      );
      await chooseRadio(page, chooser, negotiation, 'the negotiation letter');
      await tabTo(page, await page.field(zhLetters.ui.field.name), 'the name field');
      await page.typeKeys('张三');
      await visit('05-letter');

      for (const [screen, measured] of Object.entries(seen)) {
        expect(measured, screen).toEqual({ overflow: 0, exitBarTop: 0, smallFields: [] });
      }
    }));
});
