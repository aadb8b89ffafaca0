// The rule table against the spec's tables (tests/support/oracle.ts), for every combination of
// answers: every one-choice answer on every route, with conduct at both extremes; and every
// valid conduct answer on every route.
import { ACTION_IDS, recommend } from '../../flows/debt-collection/actions';
import type { Answers } from '../../flows/debt-collection/answers';
import { assess, scamRisk } from '../../flows/debt-collection/assessment';
import { QUESTIONS } from '../../flows/debt-collection/questions';
import { allConductAnswers, completeAnswerSets } from '../support/answer-space';
import {
  PRIORITY_RANK,
  expectedActions,
  expectedAssessment,
  expectedScamRisk,
} from '../support/oracle';

function check(answers: Answers): void {
  const actions = recommend(answers);
  const got = new Map(actions.map((a) => [a.id as string, a.priority]));
  const want = expectedActions(answers);
  if (got.size !== want.size || [...want].some(([id, p]) => got.get(id) !== p)) {
    expect({ answers, got: [...got] }).toEqual({ answers, got: [...want] });
  }
  for (let i = 1; i < actions.length; i++) {
    const before = actions[i - 1]!;
    const after = actions[i]!;
    const inOrder =
      PRIORITY_RANK[before.priority] < PRIORITY_RANK[after.priority] ||
      (before.priority === after.priority &&
        ACTION_IDS.indexOf(before.id) < ACTION_IDS.indexOf(after.id));
    if (!inOrder) expect({ answers, order: actions.map((a) => a.id) }).toBe('in spec order');
  }
  if (answers.wellbeing === 'crisis' && actions[0]?.id !== 'crisis_support') {
    expect({ answers, first: actions[0]?.id }).toBe('crisis_support first');
  }
  if (assess(answers) !== expectedAssessment(answers)) expect(answers).toBe('assessed per spec');
  if (scamRisk(answers) !== expectedScamRisk(answers)) expect(answers).toBe('scam risk per spec');
}

const others = QUESTIONS.conduct.options.filter((o) => o !== 'reminders_only');

// A hang guard: about 15 s on a quiet 2-core machine, several times that when it is busy.
describe('the rule table, exhaustively', { timeout: 300_000 }, () => {
  it('matches the spec for every one-choice combination with conduct at both extremes', () => {
    let count = 0;
    for (const answers of completeAnswerSets([['reminders_only'], others])) {
      check(answers);
      count++;
    }
    console.info(`rules: ${count} complete answer combinations checked against the spec`);
    // debt_type × rate_concern: 2 bank types + 4 others × 3 = 14; collector 5; conduct 2;
    // legal_action 4; wellbeing 3. Repayment branch: agreement none × can_repay 3, or 3
    // agreements × (kept × 3 + (missed, cannot) × 3 × 3) = 66. Three debt_recognised answers take
    // it; not_mine skips it: 14 × 5 × 2 × 4 × 3 × (3 × 66 + 1) = 334,320.
    expect(count).toBe(334_320);
  });

  it('matches the spec for every valid conduct answer on every route', () => {
    const conduct = allConductAnswers();
    expect(conduct).toHaveLength(4096);
    const routes = [
      { debt_type: 'bank_credit_card', agreement: 'none', can_repay: 'instalments' },
      { debt_type: 'private_lender', agreement: 'written', keeping_agreement: 'yes' },
      { debt_type: 'online_lender', agreement: 'verbal', keeping_agreement: 'missed' },
      { debt_type: 'unlicensed_online', agreement: 'none', can_repay: 'full' },
      { debt_type: 'private_lender', debt_recognised: 'not_mine', collector: 'creditor' },
    ] as const;
    let count = 0;
    for (const route of routes) {
      for (const value of conduct) {
        check({
          debt_recognised: 'yes',
          collector: 'agency',
          collection_after_agreement: 'no',
          rate_concern: 'unknown',
          legal_action: 'none',
          wellbeing: 'coping',
          ...route,
          conduct: value as Answers['conduct'],
        });
        count++;
      }
    }
    console.info(`rules: ${count} conduct combinations checked against the spec`);
  });
});
