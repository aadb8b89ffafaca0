// The browser's own Back and Forward (the history, not the guide's buttons) in WebKit: every
// question and every screen is a history entry, Back from the first question returns to the
// start screen, never out of the guide, and the answers stay (issue 14's shell).
import { questionTitle } from '../e2e/support/text';
import type { QuestionId } from '../../flows/debt-collection/questions';
import { serverURL, useWebKit } from './support/browser';
import { Journey } from './support/journey';
import type { WebKitPage } from './support/page';
import { encodeAnswers } from '../../src/boundaries/share-link';
import { onPathAnswers, replay } from '../../flows/debt-collection/position';
import { EXAMPLES } from '../support/decision-examples';
import { takeaway } from '../../locales/zh-CN/takeaway.json';
import zhLetters from '../../locales/zh-CN/letters.json';
import zhEvidence from '../../locales/zh-CN/evidence.json';

const { withGuide } = useWebKit();

/**
 * Still in the guide (Back has not left it), showing the screen whose h1 reads `heading`. A
 * screen the history brings back shows at once: the wait is shorter than elsewhere, so that a
 * wrong screen fails sooner.
 */
async function expectScreen(page: WebKitPage, heading: string): Promise<void> {
  const shown = async () => {
    const url = new URL(await page.url());
    return {
      address: `${url.origin}${url.pathname}`,
      heading: await page.evaluate(() => document.querySelector('main h1')?.textContent ?? null),
    };
  };
  const expected = { address: `${serverURL()}/`, heading };
  if ((await shown()).address !== expected.address) {
    expect(await shown(), 'Back left the guide').toEqual(expected);
  }
  await page
    .waitFor(
      { what: `the screen "${heading}"`, ms: 15_000 },
      (text: string) => document.querySelector('main h1')?.textContent === text,
      heading,
    )
    .catch(async () => expect(await shown()).toEqual(expected));
}

async function expectQuestion(journey: Journey, question: QuestionId, chosen: string[]) {
  await expectScreen(journey.page, questionTitle('zh-CN', question));
  expect(await journey.checkedValues()).toEqual(chosen);
}

describe('the browser history in WebKit', () => {
  it('Back through three answered questions and the first to the start screen; Forward once', () =>
    withGuide(async (page) => {
      const journey = new Journey(page);
      await journey.open();
      await journey.begin();
      await journey.answerAll({
        debt_type: 'bank_loan',
        debt_recognised: 'yes',
        collector: 'agency',
      });
      expect(journey.question).toBe('conduct');

      // Three answers put the person on the fourth question: three Backs go through the answered
      // ones, each still answered, and one more leaves the first question for the start screen.
      await page.historyBack();
      await expectQuestion(journey, 'collector', ['agency']);
      await page.historyBack();
      await expectQuestion(journey, 'debt_recognised', ['yes']);
      await page.historyBack();
      await expectQuestion(journey, 'debt_type', ['bank_loan']);
      await page.historyBack();
      await expectScreen(page, journey.words.start.heading);

      await page.historyForward();
      await expectQuestion(journey, 'debt_type', ['bank_loan']);
    }));

  it('Back from the letters and from the evidence log returns to the result', () =>
    withGuide(async (page) => {
      // A share link carries only the answers on the path.
      const answers = onPathAnswers(replay(EXAMPLES[1]!.answers).context);
      const journey = new Journey(page);
      await page.goto(`/?lang=zh-CN#a=${encodeAnswers(answers)}`);
      const result = journey.words.result.heading;
      await expectScreen(page, result);

      await journey.press(takeaway.letters.button);
      await expectScreen(page, zhLetters.ui.heading);
      await page.historyBack();
      await expectScreen(page, result);

      await journey.press(takeaway.evidence.button);
      await expectScreen(page, zhEvidence.heading);
      await page.historyBack();
      await expectScreen(page, result);
    }));
});
