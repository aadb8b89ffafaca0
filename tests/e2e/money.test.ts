// The money screens in Chromium at 360 px (zh-CN): three debts and a budget give an offer, and a
// debt's negotiation letter states it; an app loan's true cost shows the 36% line crossed and what
// was deducted; a reload keeps the debts and the budget. By keyboard, axe-clean, no sideways
// scroll, with a screenshot of each screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Answers } from '../../flows/debt-collection/answers';
import { planFor } from '../../flows/debt-collection/plan';
import letters from '../../locales/zh-CN/letters.json';
import money from '../../locales/zh-CN/money.json';
import { takeaway } from '../../locales/zh-CN/takeaway.json';
import ui from '../../locales/zh-CN/ui.json';
import { encodeAnswers } from '../../src/boundaries/share-link';
import { runAxe } from './support/axe';
import { PHONE, useBrowser } from './support/browser';
import { press } from './support/keyboard';
import { SCREENSHOT_DIR } from './support/paths';

const { withGuide } = useBrowser();
const SHOTS = join(SCREENSHOT_DIR, 'money');

// An app loan the person finds too expensive: the result offers the true-cost calculator.
const answers: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'yes',
  collector: 'creditor',
  conduct: ['high_frequency'],
  agreement: 'none',
  can_repay: 'instalments',
  rate_concern: 'yes',
  legal_action: 'none',
  wellbeing: 'coping',
};

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function expectClean(page: Page, shot: string): Promise<void> {
  expect(await horizontalOverflow(page)).toBe(0);
  expect((await runAxe(page)).violations).toEqual([]);
  await page.screenshot({ path: join(SHOTS, shot), fullPage: true });
}

async function addDebt(page: Page, lender: string, balance: string, monthly: string) {
  const s = money.debts;
  await page.getByRole('textbox', { name: s.lender }).fill(lender);
  await page.getByRole('textbox', { name: s.balance }).fill(balance);
  await page.getByRole('textbox', { name: s.contract_monthly }).fill(monthly);
  // By keyboard: the save button is reached with Tab and pressed with Enter.
  await press(page, page.getByRole('button', { name: s.save }));
  await page.getByText(lender, { exact: true }).waitFor();
}

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('money screens at 360 px (zh-CN)', () => {
  it('takes three debts and a budget to an offer, and keeps them across a reload', () =>
    withGuide({ viewport: PHONE }, async ({ page }) => {
      await page.goto('/?lang=zh-CN');
      await page.getByRole('button', { name: ui.start.money }).click();
      await page.getByRole('heading', { level: 1, name: money.debts.heading }).waitFor();
      await addDebt(page, '甲借呗', '１２,０００元', '1500');
      await addDebt(page, '乙银行信用卡', '0.8万', '900');
      await addDebt(page, '丙分期', '4000', '');
      await page.getByText(fill(money.debts.total, { amount: '24,000' })).waitFor();
      await expectClean(page, 'zh-CN-debts.png');

      await press(page, page.getByRole('button', { name: money.debts.to_budget }));
      await page.getByRole('heading', { level: 1, name: money.budget.heading }).waitFor();
      const income = page.getByRole('textbox', { name: /收入 1.*金额/ });
      await income.fill('abc');
      await page.getByText(money.amount_error.not_a_number).waitFor();
      expect(await income.inputValue()).toBe('abc'); // what was typed stays
      await income.fill('6,000元');
      await page.getByRole('textbox', { name: money.budget.category.housing }).fill('1500');
      await page.getByRole('textbox', { name: money.budget.category.food }).fill('1200');
      await page.getByRole('textbox', { name: money.budget.category.transport }).fill('300');
      // 6,000 − 3,000 = 3,000 a month, shared 12,000 : 8,000 : 4,000.
      const caption = fill(money.offer.caption, { available: '3,000' });
      const table = page.getByRole('table', { name: caption });
      await table.waitFor();
      const rows = await table.getByRole('row').allInnerTexts();
      const eight = fill(money.offer.months, { count: '8' });
      expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
        `${money.offer.col_lender} ${money.offer.col_balance} ${money.offer.col_share} ${money.offer.col_months}`,
        `甲借呗 12,000 1,500 ${eight}`,
        `乙银行信用卡 8,000 1,000 ${eight}`,
        `丙分期 4,000 500 ${eight}`,
        `${money.offer.total} 24,000 3,000`,
      ]);
      await expectClean(page, 'zh-CN-budget.png');
      await page
        .getByRole('heading', { level: 2, name: money.offer.heading })
        .evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 72));
      await page.screenshot({ path: join(SHOTS, 'zh-CN-offer.png') });

      await page.reload();
      await page.getByRole('heading', { level: 1, name: money.budget.heading }).waitFor();
      expect(
        await page.getByRole('textbox', { name: money.budget.category.food }).inputValue(),
      ).toBe('1200');
      await table.waitFor();
      await press(page, page.getByRole('button', { name: money.budget.to_debts }));
      for (const lender of ['甲借呗', '乙银行信用卡', '丙分期']) {
        await page.getByText(lender, { exact: true }).waitFor();
      }

      // With the guide answered, the offer opens each debt's negotiation letter, offer and all.
      const plan = planFor(answers);
      expect(plan.complete && plan.actions.some((a) => a.id === 'negotiate_with_creditor')).toBe(
        true,
      );
      // A new page load (only the fragment would change otherwise), the same device's storage.
      await page.goto('about:blank');
      await page.goto(`/?lang=zh-CN#a=${encodeAnswers(answers)}`);
      await press(page, page.getByRole('button', { name: ui.result.money.budget }).first());
      await page.getByRole('heading', { level: 1, name: money.budget.heading }).waitFor();
      const letterButtons = page.locator('.offer-letters');
      await letterButtons.waitFor();
      await letterButtons.evaluate((list) =>
        window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY - 360),
      );
      await page.screenshot({ path: join(SHOTS, 'zh-CN-offer-letters.png') });
      await press(
        page,
        page.getByRole('button', {
          name: fill(money.offer.letter_for, { lender: '乙银行信用卡' }),
        }),
      );
      await page.getByRole('heading', { level: 1, name: letters.ui.heading }).waitFor();
      const t = letters.letter.negotiation;
      const text = page.getByRole('textbox', { name: letters.ui.text_label });
      await expect
        .poll(() => text.inputValue())
        .toContain(
          fill(t.plan_offer, {
            share: '1,000',
            months: '8',
            first_date: letters.letter.placeholder.first_date,
          }),
        );
      const letter = await text.inputValue();
      expect(letter).toContain('乙银行信用卡');
      expect(letter).toContain(t.budget_intro);
      expect(letter).toContain(fill(t.budget_income, { amount: '6,000' }));
      expect(letter).toContain(fill(t.budget_available, { amount: '3,000' }));
      expect(letter).toContain(t.request_stop);
      expect(await horizontalOverflow(page)).toBe(0);
      expect((await runAxe(page)).violations).toEqual([]);
      await page.screenshot({ path: join(SHOTS, 'zh-CN-letter.png'), fullPage: true });
    }));

  it("computes an app loan's true cost from the result: 36% crossed, 600 deducted", () =>
    withGuide({ viewport: PHONE }, async ({ page }) => {
      const plan = planFor(answers);
      expect(plan.complete && plan.actions.some((a) => a.id === 'challenge_interest')).toBe(true);
      await page.goto(`/?lang=zh-CN#a=${encodeAnswers(answers)}`);
      await press(page, page.getByRole('button', { name: ui.result.money.cost }).first());
      await page.getByRole('heading', { level: 1, name: money.cost.heading }).waitFor();
      const c = money.cost;
      await page.getByRole('textbox', { name: c.received }).fill('1,400');
      await page.getByRole('textbox', { name: c.contract_principal }).fill('2000');
      await page.getByRole('textbox', { name: c.count }).fill('1');
      await page.getByRole('combobox', { name: c.every }).selectOption('week');
      await page.getByRole('textbox', { name: c.amount }).fill('2000');
      await page.getByText(fill(c.apr, { rate: '2,228.57%' })).waitFor();
      await page.getByText(c.effective_huge).waitFor();
      await page.getByText(fill(c.deducted, { amount: '600' })).waitFor();
      await page.getByText(`${c.crossed} ${c.line_36}`, { exact: true }).waitFor();
      await page.getByText(`${c.crossed} ${c.line_24}`, { exact: true }).waitFor();
      await page.getByText(fill(c.plain, { amount: '2229' })).waitFor();
      await expectClean(page, 'zh-CN-cost.png');
      // Back returns to the result; the complaint letter quotes the rate just computed.
      await press(page, page.getByRole('button', { name: money.back }));
      await press(page, page.getByRole('button', { name: takeaway.letters.button }).first());
      await page.getByRole('heading', { level: 1, name: letters.ui.heading }).waitFor();
      await page
        .getByRole('radio', { name: new RegExp(letters.ui.template.complaint.name) })
        .check();
      const t = letters.letter.complaint;
      const rate = fill(t.rate, {
        received: '1,400',
        total: '2,000',
        apr: '2,228.57%',
        crossed: fill(t.rate_crossed, {
          lines: [t.rate_line_24, t.rate_line_36].join(t.rate_line_separator),
        }),
      });
      const text = page.getByRole('textbox', { name: letters.ui.text_label });
      await expect.poll(() => text.inputValue()).toContain(rate);
      expect(await text.inputValue()).toContain(fill(t.rate_deducted, { amount: '600' }));

      // Opened again, the calculator starts from the loan it kept.
      await press(page, page.getByRole('button', { name: letters.ui.back }).first());
      await press(page, page.getByRole('button', { name: ui.result.money.cost }).first());
      await page.getByText(c.from_kept).waitFor();
      expect(await page.getByRole('textbox', { name: c.received }).inputValue()).toBe('1400');
    }));
});
