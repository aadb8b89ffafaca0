// Per question: which node comes next for each option (Smart Answers ADR-003 style).
import type { Answers } from '../../flows/debt-collection/answers';
import { QUESTIONS } from '../../flows/debt-collection/questions';
import { currentQuestion, isComplete, step } from '../../flows/debt-collection/position';
import { answerInTurn } from '../support/drive';

const bankCardNoAgreement: Answers = {
  debt_type: 'bank_credit_card',
  debt_recognised: 'yes',
  collector: 'creditor',
  conduct: ['reminders_only'],
};

function nextAfter(given: Answers) {
  const snapshot = answerInTurn(given);
  return isComplete(snapshot) ? 'result' : currentQuestion(snapshot);
}

describe('question: debt_type', () => {
  it.each(QUESTIONS.debt_type.options)('goes to debt_recognised for %s', (option) => {
    expect(nextAfter({ debt_type: option })).toBe('debt_recognised');
  });
});

describe('question: conduct', () => {
  it('goes to agreement for reminders_only', () => {
    expect(nextAfter(bankCardNoAgreement)).toBe('agreement');
  });
  it('skips the agreement and repayment questions when the debt is not theirs', () => {
    const denied: Answers = { ...bankCardNoAgreement, debt_recognised: 'not_mine' };
    expect(nextAfter(denied)).toBe('legal_action');
  });
  it.each(['online_lender', 'private_lender', 'unknown', 'unlicensed_online'] as const)(
    'goes to rate_concern for a denied %s debt',
    (debt_type) => {
      expect(nextAfter({ ...bankCardNoAgreement, debt_type, debt_recognised: 'not_mine' })).toBe(
        'rate_concern',
      );
    },
  );
  it('stays on conduct when reminders_only is combined with another option', () => {
    const before = answerInTurn({ ...bankCardNoAgreement, conduct: undefined });
    const after = step(before, {
      type: 'answer.submit',
      question: 'conduct',
      value: ['reminders_only', 'threats'],
    });
    expect(after.value).toBe('conduct');
    expect(after.context).toEqual(before.context);
  });
  it('stays on conduct when nothing is chosen', () => {
    const before = answerInTurn({ ...bankCardNoAgreement, conduct: undefined });
    expect(step(before, { type: 'answer.submit', question: 'conduct', value: [] }).value).toBe(
      'conduct',
    );
  });
});

describe('question: agreement', () => {
  it('goes to can_repay for none', () => {
    expect(nextAfter({ ...bankCardNoAgreement, agreement: 'none' })).toBe('can_repay');
  });
  it.each(['verbal', 'written', 'court_confirmed'] as const)(
    'goes to keeping_agreement for %s',
    (agreement) => {
      expect(nextAfter({ ...bankCardNoAgreement, agreement })).toBe('keeping_agreement');
    },
  );
});

describe('question: collection_after_agreement', () => {
  const kept: Answers = { ...bankCardNoAgreement, agreement: 'written', keeping_agreement: 'yes' };
  it('goes to legal_action when the agreement is kept and the debt is a bank debt', () => {
    expect(nextAfter({ ...kept, collection_after_agreement: 'no' })).toBe('legal_action');
  });
  it('goes to rate_concern when the agreement is kept and the lender is online', () => {
    expect(
      nextAfter({ ...kept, debt_type: 'online_lender', collection_after_agreement: 'no' }),
    ).toBe('rate_concern');
  });
  it.each(['missed', 'cannot'] as const)('goes to can_repay when keeping is %s', (keeping) => {
    expect(
      nextAfter({ ...kept, keeping_agreement: keeping, collection_after_agreement: 'no' }),
    ).toBe('can_repay');
  });
});

describe('question: can_repay', () => {
  it.each(['online_lender', 'private_lender', 'unknown', 'unlicensed_online'] as const)(
    'goes to rate_concern for a %s debt',
    (debt_type) => {
      expect(
        nextAfter({ ...bankCardNoAgreement, debt_type, agreement: 'none', can_repay: 'full' }),
      ).toBe('rate_concern');
    },
  );
  it.each(['bank_credit_card', 'bank_loan'] as const)(
    'goes to legal_action for a %s debt',
    (debt_type) => {
      expect(
        nextAfter({ ...bankCardNoAgreement, debt_type, agreement: 'none', can_repay: 'full' }),
      ).toBe('legal_action');
    },
  );
});

describe('question: wellbeing', () => {
  it.each(QUESTIONS.wellbeing.options)('goes to the result for %s', (wellbeing) => {
    expect(
      nextAfter({
        ...bankCardNoAgreement,
        agreement: 'none',
        can_repay: 'full',
        legal_action: 'none',
        wellbeing,
      }),
    ).toBe('result');
  });
});

describe('answers to the wrong question', () => {
  it('are ignored', () => {
    const start = answerInTurn({});
    const after = step(start, { type: 'answer.submit', question: 'wellbeing', value: 'crisis' });
    expect(after.value).toBe('debt_type');
    expect(after.context).toEqual(start.context);
  });
  it('ignores an unknown option', () => {
    const start = answerInTurn({});
    expect(
      step(start, { type: 'answer.submit', question: 'debt_type', value: 'payday' }).value,
    ).toBe('debt_type');
  });
});
