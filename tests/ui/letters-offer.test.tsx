// @vitest-environment jsdom
// On the letters screen, with debts and a budget saved, the negotiation letter can be written
// for one debt of the list: choosing it fills the creditor and the total, and the letter states
// that debt's offer; "none" goes back to the hand-filled plan.
import { screen, within } from '@testing-library/react';
import type { Answers } from '../../flows/debt-collection/answers';
import zhCN from '../../locales/zh-CN/letters.json';
import { takeaway } from '../../locales/zh-CN/takeaway.json';
import { BUDGET_KEY, DEBTS_KEY } from '../../src/boundaries/kept-with-answers';
import { fill } from '../../src/i18n/fill';
import { preloadLazyBundles } from '../support/lazy-bundles';
import { memoryStorage, renderGuide } from '../support/render';

const answers: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'yes',
  collector: 'creditor',
  conduct: ['high_frequency'],
  agreement: 'none',
  can_repay: 'instalments',
  rate_concern: 'no',
  legal_action: 'none',
  wellbeing: 'coping',
};

const letterBox = () =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: zhCN.ui.text_label });

describe('a negotiation letter for a debt of the list', { timeout: 20_000 }, () => {
  beforeAll(preloadLazyBundles);

  it('states the chosen debt’s offer, and the hand-filled plan without one', async () => {
    const store = memoryStorage({
      [DEBTS_KEY]: JSON.stringify([
        { id: 'a', lender: '甲借呗', kind: 'online_lender', balance: 6000, judgment: false },
        { id: 'b', lender: '乙分期', kind: 'online_lender', balance: 2000, judgment: false },
      ]),
      [BUDGET_KEY]: JSON.stringify({
        income: [{ label: '', amount: 5000 }],
        spending: { housing: 2000, food: 1000 },
      }),
    });
    const r = await renderGuide({ store, preload: answers });
    const wait = { timeout: 10_000 };
    const [open] = await screen.findAllByRole('button', { name: takeaway.letters.button }, wait);
    await r.user.click(open!);
    await screen.findByRole('heading', { level: 1, name: zhCN.ui.heading }, wait);
    const chooser = screen.getByRole('group', { name: zhCN.ui.choose });
    await r.user.click(
      within(chooser).getByRole('radio', { name: new RegExp(zhCN.ui.template.negotiation.name) }),
    );
    const t = zhCN.letter.negotiation;
    expect(letterBox().value).toContain(t.plan.split('{{count}}')[0]!);

    // 2,000 a month shared 6,000 : 2,000 → 1,500 and 500, 4 months each.
    const debt = screen.getByRole('combobox', { name: zhCN.ui.debt_choice.label });
    await r.user.selectOptions(debt, '乙分期');
    expect(screen.getByRole('textbox', { name: zhCN.ui.field.creditor })).toHaveValue('乙分期');
    expect(screen.getByRole('textbox', { name: new RegExp(zhCN.ui.field.total) })).toHaveValue(
      '2000',
    );
    const text = letterBox().value;
    expect(text).toContain(
      fill(t.plan_offer, {
        share: '500',
        months: '4',
        first_date: zhCN.letter.placeholder.first_date,
      }),
    );
    expect(text).toContain(fill(t.budget_available, { amount: '2,000' }));
    expect(text).toContain(fill(t.budget_split, { count: '2' }));
    expect(text).toContain(t.request_stop);

    await r.user.selectOptions(debt, zhCN.ui.debt_choice.none);
    expect(letterBox().value).not.toContain(t.budget_intro);
    expect(letterBox().value).toContain(t.requests[1]);
  });
});
