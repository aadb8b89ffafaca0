// Going back with the guide's own button, changing an answer from the review, restarting, and
// reloading half-way, in WebKit, keyboard only. The answers survive everything but a restart.
import type { Answers } from '../../flows/debt-collection/answers';
import { SESSION_KEY } from '../e2e/support/storage';
import { useWebKit } from './support/browser';
import { Journey } from './support/journey';
import type { WebKitPage } from './support/page';

const { withGuide } = useWebKit();

const ANSWERS: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'amount_disputed',
  collector: 'agency',
  conduct: ['odd_hours', 'insults'],
  agreement: 'written',
  keeping_agreement: 'missed',
  collection_after_agreement: 'continuing_pressure',
  can_repay: 'instalments',
  rate_concern: 'yes',
  legal_action: 'threatened',
  wellbeing: 'struggling',
};

async function savedAnswers(page: WebKitPage): Promise<unknown> {
  const raw = await page.evaluate((key: string) => localStorage.getItem(key), SESSION_KEY);
  return raw === null ? null : (JSON.parse(raw) as { answers: unknown }).answers;
}

describe('in WebKit', () => {
  it('goes back, changes answers, restarts with nothing kept', () =>
    withGuide(async (page) => {
      const journey = new Journey(page);
      await journey.open();
      await journey.begin();
      await journey.answerAll({
        debt_type: 'bank_loan',
        debt_recognised: 'yes',
        collector: 'creditor',
      });
      expect(journey.question).toBe('conduct');
      await journey.back();
      await journey.back();
      expect(journey.question).toBe('debt_recognised');
      // The earlier answer is still selected; change it. The next answer was kept.
      expect(await journey.checkedValues()).toEqual(['yes']);
      await journey.answer('not_mine');
      expect(await journey.checkedValues()).toEqual(['creditor']);
      await journey.answerAll(ANSWERS);
      await journey.expectResult();
      expect(await savedAnswers(page)).toEqual(journey.answers);

      // From the review screen: change the debt type, then on to a new result.
      await journey.openReview();
      await journey.changeFromReview('debt_type');
      expect(await journey.checkedValues()).toEqual(['bank_loan']);
      await journey.answer('bank_credit_card');
      await journey.answerAll(ANSWERS);
      await journey.expectResult();
      expect(journey.answers.debt_type).toBe('bank_credit_card');

      await journey.restart();
      expect(journey.question).toBe('debt_type');
      expect(await journey.checkedValues()).toEqual([]);
      expect(await savedAnswers(page)).toEqual({});
    }));

  it('reloads half-way and is back where it was; the result survives a reload; a new visit offers the saved answers', () =>
    withGuide(async (page) => {
      const journey = new Journey(page);
      await journey.open();
      await journey.begin();
      await journey.answerAll({
        debt_type: 'private_lender',
        debt_recognised: 'unsure',
        collector: 'law_firm',
        conduct: ['fake_legal_docs'],
      });
      expect(journey.question).toBe('agreement');
      await journey.reload();
      expect(journey.question).toBe('agreement');
      await journey.answerAll(ANSWERS);
      await journey.expectResult();
      // And the result itself survives a reload.
      await journey.reload();
      await journey.expectResult();
      // A visit of its own (not a reload) offers to continue from the start screen.
      await page.goto('/robots.txt');
      await journey.open();
      const savedTitle = journey.words.start.saved_title;
      await page.waitFor(
        'the start screen offering the saved answers',
        (title: string) =>
          [...document.querySelectorAll('main h2')].some((h) => h.textContent === title),
        savedTitle,
      );
      await journey.continueSaved();
      await journey.expectResult();
    }));
});
