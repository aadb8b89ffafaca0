// A negotiation letter about one debt of the list states that debt's offer (monthly amount,
// months to clear), the budget behind it as the evidence of hardship, and asks for interest and
// fees to stop; in every language, with no slot left unfilled.
import type { Answers } from '../../flows/debt-collection/answers';
import {
  hasNegotiationOffers,
  negotiationOffer,
  type NegotiationOffer,
} from '../../flows/debt-collection/letters';
import type { Budget } from '../../flows/money/budget';
import type { Debt } from '../../flows/money/debts';
import type { LetterText } from '../../src/i18n/lazy-bundles';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { fill } from '../../src/i18n/fill';
import { composeLetter } from '../../src/letters/compose';
import { checkLetterForm, emptyLetterForm } from '../../src/letters/letter-form';
import enLetters from '../../locales/en/letters.json';
import zhCNLetters from '../../locales/zh-CN/letters.json';
import zhHantLetters from '../../locales/zh-Hant/letters.json';
import enMoney from '../../locales/en/money.json';
import zhCNMoney from '../../locales/zh-CN/money.json';
import zhHantMoney from '../../locales/zh-Hant/money.json';

const LETTERS: Record<Language, LetterText> = {
  'zh-CN': zhCNLetters.letter,
  'zh-Hant': zhHantLetters.letter,
  en: enLetters.letter,
};
const CATEGORIES = {
  'zh-CN': zhCNMoney.budget.category,
  'zh-Hant': zhHantMoney.budget.category,
  en: enMoney.budget.category,
};

const debts: Debt[] = [
  { id: 'a', lender: '甲借呗', kind: 'online_lender', balance: 12000, judgment: false },
  { id: 'b', lender: '乙银行', kind: 'bank_credit_card', balance: 8000, judgment: false },
  { id: 'c', lender: '丙分期', kind: 'online_lender', balance: 4000, judgment: false },
];
const budget: Budget = {
  income: [{ label: '工资', amount: 6000 }],
  spending: { housing: 1500, food: 1200, transport: 300 },
};
const answers: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'yes',
  collector: 'creditor',
  conduct: ['reminders_only'],
  agreement: 'none',
  can_repay: 'instalments',
  legal_action: 'none',
  wellbeing: 'coping',
};

function letter(offer: NegotiationOffer, language: Language): string {
  const input = checkLetterForm(emptyLetterForm('2026-12-02')).input;
  return composeLetter('negotiation', LETTERS[language], {
    answers,
    input,
    options: { recipient: 'creditor', lenderKind: 'unsure', includeEvidence: false },
    evidence: [],
    language,
    offer: { offer, categoryNames: CATEGORIES[language] },
  });
}

describe('the offer for one debt', () => {
  it('is its share of the whole list, with the budget behind it', () => {
    expect(negotiationOffer(budget, debts, 'b')).toEqual({
      lender: '乙银行',
      kind: 'bank_credit_card',
      balance: 8000,
      share: 1000,
      months: 8,
      debtCount: 3,
      income: 6000,
      spending: 3000,
      available: 3000,
      essentials: [
        { category: 'housing', amount: 1500 },
        { category: 'food', amount: 1200 },
        { category: 'transport', amount: 300 },
      ],
    });
  });

  it('needs a budget with income and the debt in the list', () => {
    expect(hasNegotiationOffers({ income: [], spending: {} }, debts)).toBe(false);
    expect(hasNegotiationOffers(budget, [])).toBe(false);
    expect(negotiationOffer({ income: [], spending: {} }, debts, 'a')).toBeNull();
    expect(negotiationOffer(budget, debts, 'gone')).toBeNull();
  });

  it('has no months to clear when nothing is left after essentials', () => {
    const tight = { ...budget, spending: { housing: 6000 } };
    expect(negotiationOffer(tight, debts, 'a')).toMatchObject({ share: 0, months: null });
  });
});

describe.each(LANGUAGES)('the negotiation letter with an offer (%s)', (language) => {
  const t = LETTERS[language].negotiation;
  const offer = negotiationOffer(budget, debts, 'a')!;

  it('states the offer, the budget and the request to stop interest and fees', () => {
    const text = letter(offer, language);
    expect(text).not.toMatch(/\{\{/);
    expect(text).toContain(t.budget_intro);
    expect(text).toContain(t.request_stop);
    expect(text).not.toContain(t.requests[1]);
    expect(text).toContain(fill(t.budget_split, { count: '3' }));
    const categories = CATEGORIES[language];
    for (const name of [categories.housing, categories.food, categories.transport]) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain(categories.medical);
    // The offer's own figures (1,500 a month, 8 months), not the hand-filled plan's instalments.
    expect(text).toContain(
      fill(t.plan_offer, {
        share: '1,500',
        months: '8',
        first_date: LETTERS[language].placeholder.first_date,
      }),
    );
    expect(text).not.toContain(t.plan.split('{{count}}')[1]!.split('{{instalment}}')[0]!);
  });

  it('asks for a pause instead when nothing is left after essentials', () => {
    const tight = negotiationOffer({ ...budget, spending: { housing: 6000 } }, debts, 'a')!;
    const text = letter(tight, language);
    expect(text).toContain(t.no_surplus);
    expect(text).not.toContain(t.plan_offer.split('{{share}}')[0]!);
    expect(text).not.toMatch(/\{\{/);
  });

  it('names the debt by its kind in the list', () => {
    const card = negotiationOffer(budget, debts, 'b')!;
    expect(letter(card, language)).toContain(LETTERS[language].debt.bank_credit_card);
    expect(letter(card, language)).toContain(t.card);
  });
});
