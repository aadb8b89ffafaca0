// Going back, changing an answer, reloading, restarting and switching language, keyboard only,
// in every language. The answers survive everything but a restart.
import type { Answers } from '../../flows/debt-collection/answers';
import { useBrowser } from './support/browser';
import { Journey } from './support/journey';
import { readStorage, SESSION_KEY, LANGUAGE_KEY } from './support/storage';
import { LANGUAGES, questionTitle } from './support/text';

const { withGuide } = useBrowser();

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

async function savedAnswers(journey: Journey): Promise<unknown> {
  const raw = await readStorage(journey.page, SESSION_KEY);
  return raw === null ? null : (JSON.parse(raw) as { answers: unknown }).answers;
}

describe.concurrent.each(LANGUAGES)('in %s', (language) => {
  it('goes back, changes an answer, and keeps the answers that still apply', () =>
    withGuide({}, async ({ page }) => {
      const journey = new Journey(page, language);
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
      // The earlier answer is still selected; change it.
      const group = journey.main.getByRole('group', {
        name: questionTitle(language, 'debt_recognised'),
      });
      await expect(group.getByRole('radio', { checked: true }).getAttribute('value')).resolves.toBe(
        'yes',
      );
      await journey.answer('unsure');
      // The answer to the next question was kept: Continue goes on with it.
      const collector = journey.main.getByRole('group', {
        name: questionTitle(language, 'collector'),
      });
      await expect(
        collector.getByRole('radio', { checked: true }).getAttribute('value'),
      ).resolves.toBe('creditor');
      await journey.answer('creditor');
      await journey.answerAll(ANSWERS);
      await journey.expectResult();
      expect(await savedAnswers(journey)).toEqual(journey.answers);

      // From an action card: change the answer it rests on; a question that no longer applies
      // is named in a notice.
      await journey.changeFromResult('keeping_agreement');
      await journey.answer('yes');
      await journey.answerAll(ANSWERS);
      await journey.expectResult();
      const notice = journey.main.getByRole('status').filter({
        has: page.getByRole('heading', { name: journey.words.edit.dropped_title }),
      });
      await expect(notice.getByRole('listitem').allTextContents()).resolves.toEqual([
        questionTitle(language, 'can_repay'),
      ]);

      // From the review screen: change the debt type.
      await journey.openReview();
      await journey.changeFromReview('debt_type');
      await journey.answer('bank_credit_card');
      await journey.answerAll(ANSWERS);
      await journey.expectResult();
      expect(journey.answers.debt_type).toBe('bank_credit_card');
    }));

  it('reloads half-way and is back where it was', () =>
    withGuide({}, async ({ page }) => {
      const journey = new Journey(page, language);
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
      await page.goto('about:blank');
      await journey.open();
      await expect(
        journey.main.getByRole('heading', { name: journey.words.start.saved_title }).count(),
      ).resolves.toBe(1);
      await journey.continueSaved();
      await journey.expectResult();
    }));

  it('restarts: every answer is gone, on screen and in storage', () =>
    withGuide({}, async ({ page }) => {
      const journey = new Journey(page, language);
      await journey.open();
      await journey.begin();
      await journey.answerAll({
        debt_type: 'bank_loan',
        debt_recognised: 'yes',
        collector: 'unknown',
      });
      await journey.restart();
      expect(journey.question).toBe('debt_type');
      const group = journey.main.getByRole('group', { name: questionTitle(language, 'debt_type') });
      await expect(group.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
      expect(await savedAnswers(journey)).toEqual({});
      await journey.answerAll({ ...ANSWERS, debt_type: 'unknown' });
      await journey.expectResult();
    }));

  it('switches language half-way without losing an answer', () =>
    withGuide({}, async ({ page }) => {
      const journey = new Journey(page, language);
      await journey.open();
      await journey.begin();
      await journey.answerAll({
        debt_type: 'bank_credit_card',
        debt_recognised: 'yes',
        collector: 'agency',
      });
      const other = LANGUAGES.find((l) => l !== language) ?? 'en';
      await journey.switchLanguage(other);
      // Still on the same question, now in the other language, then on to the end.
      await journey.main.getByRole('group', { name: questionTitle(other, 'conduct') }).waitFor();
      await journey.answerAll(ANSWERS);
      await journey.expectResult();
      expect(await readStorage(page, LANGUAGE_KEY)).toBe(other);
      // The review lists the answers given before the switch, in the new language.
      await journey.switchLanguage(language);
      await journey.expectResult();
      await journey.reload();
      await journey.expectResult();
    }));
});
