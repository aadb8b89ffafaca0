import type { Answers } from '../../../flows/debt-collection/answers';
import { press } from './keyboard';
import type { Journey } from './journey';
import { SESSION_KEY } from './storage';

// A walk through every screen type by keyboard, stopping at each so that a test can check it
// (axe, layout, screenshot). The stops, in order:
export const SCREENS = [
  'start',
  'question',
  'question-error',
  'conduct',
  'review',
  'result',
  'result-edited',
  'restart-confirm',
  'start-saved',
  'cleared',
  'notice',
] as const;
export type Screen = (typeof SCREENS)[number];

// Many kinds of action: a scam warning and all three groups.
const ANSWERS: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'amount_disputed',
  collector: 'claims_authority',
  conduct: ['third_party_contact', 'threats', 'pay_personal_account'],
  agreement: 'written',
  keeping_agreement: 'missed',
  collection_after_agreement: 'continuing_pressure',
  can_repay: 'instalments',
  rate_concern: 'yes',
  legal_action: 'summons',
  wellbeing: 'struggling',
};

/** The tour's answers: the WebKit screenshots (tests/webkit) show the same result. */
export const TOUR_ANSWERS = ANSWERS;

// A save that was tampered with: one answer readable, the rest not (one key is markup).
export const TAMPERED_SESSION = JSON.stringify({
  v: 1,
  answers: {
    debt_type: 'bank_loan',
    collector: 'spaceship',
    conduct: ['threats', 'reminders_only'],
    '<img src=x onerror=alert(1)>': '<script>alert(2)</script>',
  },
});

export async function tour(journey: Journey, visit: (screen: Screen) => Promise<void>) {
  const { page } = journey;
  await journey.open();
  await visit('start');
  await journey.begin();
  await visit('question');
  await journey.submitEmpty();
  await visit('question-error');
  await journey.answerAll({
    debt_type: ANSWERS.debt_type,
    debt_recognised: ANSWERS.debt_recognised,
    collector: ANSWERS.collector,
  });
  await visit('conduct');
  await journey.openReview();
  await visit('review');
  await journey.closeReview();
  await journey.answerAll(ANSWERS);
  await journey.expectResult();
  // Open one card's details and its "legal basis", so the steps, contacts and sources are checked too.
  await press(page, journey.main.locator('details.action-more > summary').first());
  await press(page, journey.main.locator('details.legal-basis > summary').first());
  await journey.main.locator('details.legal-basis[open]').first().waitFor();
  await visit('result');
  await journey.changeFromResult('keeping_agreement');
  await journey.answer('yes');
  await journey.answerAll(ANSWERS);
  await visit('result-edited');
  await journey.cancelRestart();
  await press(page, journey.button(journey.words.nav.restart, journey.header));
  await visit('restart-confirm');
  // Coming back later: a new visit (leaving, then opening the guide again), not a reload, which
  // stays where the person was.
  await page.goto('about:blank');
  await journey.open();
  await visit('start-saved');
  await journey.continueSaved();
  await journey.clearAll();
  await visit('cleared');
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: SESSION_KEY,
    value: TAMPERED_SESSION,
  });
  await page.reload();
  await journey.expectStart();
  await journey.main.getByRole('heading', { name: journey.words.session.partial_title }).waitFor();
  await visit('notice');
}
