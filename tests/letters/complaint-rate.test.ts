// The complaint quotes the rate last computed on the cost screen: what arrived, what is repaid,
// the simple annual rate, the lines it is above (4 × LPR only between individuals), what was
// deducted; and asks for the rate to be checked. Without a computed rate it says nothing of it.
import type { Answers } from '../../flows/debt-collection/answers';
import { parseLoan } from '../../flows/money/loan';
import { trueCost, type TrueCost } from '../../flows/money/true-cost';
import type { LetterText } from '../../src/i18n/lazy-bundles';
import { fill } from '../../src/i18n/fill';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { composeLetter } from '../../src/letters/compose';
import { checkLetterForm, emptyLetterForm } from '../../src/letters/letter-form';
import en from '../../locales/en/letters.json';
import zhCN from '../../locales/zh-CN/letters.json';
import zhHant from '../../locales/zh-Hant/letters.json';

const TEXT: Record<Language, LetterText> = {
  'zh-CN': zhCN.letter,
  'zh-Hant': zhHant.letter,
  en: en.letter,
};

const answers: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'yes',
  collector: 'creditor',
  conduct: ['high_frequency'],
  agreement: 'none',
  can_repay: 'instalments',
  legal_action: 'none',
  wellbeing: 'coping',
};

function costOf(input: unknown): TrueCost {
  const parsed = parseLoan(input);
  if (!parsed.ok) throw new Error('not a loan');
  return trueCost(parsed.loan);
}

function complaint(language: Language, cost: TrueCost | undefined, debtType = answers.debt_type) {
  return composeLetter('complaint', TEXT[language], {
    answers: { ...answers, debt_type: debtType },
    input: checkLetterForm(emptyLetterForm('2026-12-02')).input,
    options: { recipient: 'creditor', lenderKind: 'unsure', includeEvidence: false },
    evidence: [],
    language,
    ...(cost ? { cost } : {}),
  });
}

const appLoan = costOf({
  received: 1400,
  contract_principal: 2000,
  schedule: { count: 1, every: 'week', amount: 2000 },
});

describe.each(LANGUAGES)('the complaint with a computed rate (%s)', (language) => {
  const t = TEXT[language].complaint;

  it('quotes the rate, the lines it is above and what was deducted', () => {
    const text = complaint(language, appLoan);
    const lines = [t.rate_line_24, t.rate_line_36].join(t.rate_line_separator);
    expect(text).toContain(
      fill(t.rate, {
        received: '1,400',
        total: '2,000',
        apr: '2,228.57%',
        crossed: fill(t.rate_crossed, { lines }),
      }),
    );
    expect(text).toContain(fill(t.rate_deducted, { amount: '600' }));
    expect(text).toContain(t.request_rate);
    expect(text).not.toMatch(/\{\{/);
  });

  it('says no line is crossed when none is, and asks nothing of the rate', () => {
    const fair = costOf({ received: 10000, schedule: { count: 12, every: 'month', amount: 850 } });
    expect(fair.above_24).toBe(false);
    const text = complaint(language, fair);
    expect(text).not.toContain(t.rate_crossed.split('{{lines}}')[0]!);
    expect(text).not.toContain(t.request_rate);
    expect(text).toContain(t.rate.split('{{received}}')[0]!);
  });

  it('names 4 × LPR only for a loan between individuals', () => {
    const loan = {
      received: 5000,
      contract_date: '2025-03-10',
      schedule: { count: 6, every: 'month', amount: 900 },
    };
    const cap = t.rate_line_cap.split('{{cap}}')[0]!;
    expect(complaint(language, costOf(loan), 'private_lender')).toContain(cap);
    expect(complaint(language, costOf(loan), 'online_lender')).not.toContain(cap);
  });

  it('leaves the rate out when none was computed', () => {
    expect(complaint(language, undefined)).not.toContain(t.rate.split('{{received}}')[0]!);
  });
});
