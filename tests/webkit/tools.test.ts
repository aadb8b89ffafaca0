// The court and money screens in WebKit, by keyboard, with everything typed (an iPhone's date and
// number pickers are not used: the dates and amounts are text fields): the court dates typed in
// two ways, the days left, the calendar file downloaded and copied; a debt, a budget with amounts
// like "1,200" and "1.2万" and the offer it makes; the cost calculator.
import { readFileSync } from 'node:fs';
import type { Answers } from '../../flows/debt-collection/answers';
import { addDays, partsOf } from '../../flows/dates/calendar-date';
import { deadlinesFor } from '../../flows/court/deadlines';
import { makeOffer } from '../../flows/money/offer';
import { parseAmount } from '../../flows/money/parse-amount';
import { costPerHundredYuanPerYear, trueCost } from '../../flows/money/true-cost';
import court from '../../locales/zh-CN/court.json';
import money from '../../locales/zh-CN/money.json';
import { takeaway } from '../../locales/zh-CN/takeaway.json';
import ui from '../../locales/zh-CN/ui.json';
import { chinaToday } from '../../src/app/china-today';
import { encodeAnswers } from '../../src/boundaries/share-link';
import { fill } from '../e2e/support/text';
import { downloadPath, downloads, useWebKit } from './support/browser';
import { Journey } from './support/journey';
import { tabTo } from './support/keyboard';
import type { WebKitPage } from './support/page';
import { Key } from './support/webdriver';

const { withGuide } = useWebKit();

// A summons, and a rate the person doubts: the result offers the court screen and the cost tool.
const answers: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'yes',
  collector: 'agency',
  conduct: ['high_frequency'],
  agreement: 'none',
  can_repay: 'full',
  rate_concern: 'yes',
  legal_action: 'summons',
  wellbeing: 'coping',
};

async function openResult(page: WebKitPage): Promise<void> {
  await page.goto(`/?lang=zh-CN#a=${encodeAnswers(answers)}`);
  await page.expectFocusOn(ui.result.heading);
}

async function typeInto(page: WebKitPage, label: string, text: string): Promise<void> {
  await tabTo(page, await page.field(label), `the field "${label}"`);
  await page.typeKeys(text);
}

/** Waits until some element matching `selector` in <main> has text containing `text`. */
function waitForText(page: WebKitPage, selector: string, text: string): Promise<unknown> {
  return page.waitFor(
    `"${text}" in ${selector}`,
    (s: string, t: string) =>
      [...document.querySelectorAll(`main ${s}`)].find((e) => e.textContent?.includes(t)) ?? null,
    selector,
    text,
  );
}

function yuan(text: string): number {
  const parsed = parseAmount(text);
  if (!parsed.ok) throw new Error(`"${text}" is not an amount`);
  return parsed.fen / 100;
}

const formatYuan = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** MiniBrowser saves a download in the background: waits (polling, with a deadline) for it. */
async function waitForDownload(name: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!downloads().includes(name)) {
    if (Date.now() > deadline)
      throw new Error(`no download ${name}; have ${downloads().join(', ')}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('in WebKit', () => {
  it('court screen: dates typed as text, days left, the calendar downloaded and copied', () =>
    withGuide(async (page) => {
      const journey = new Journey(page);
      await openResult(page);
      await journey.press(takeaway.court.button);
      await page.expectFocusOn(court.heading);

      const labels = court.deadline.field;
      const today = chinaToday();
      const evidence = addDays(today, 7);
      const hearing = addDays(today, 20);
      const { year, month, day } = partsOf(hearing);
      await typeInto(page, labels.complaint_received.label, today);
      // The other way the hint offers: 2026年3月8日.
      await typeInto(page, labels.hearing.label, `${year}年${month}月${day}日`);
      await typeInto(page, labels.hearing_time.label, '9:30');
      await typeInto(page, labels.evidence_due.label, evidence);
      await journey.press(court.deadline.show);

      const events = deadlinesFor({
        complaint_received: today,
        hearing: `${hearing}T09:30`,
        evidence_due: evidence,
        small_claims: false,
      }).events;
      expect(events.length).toBeGreaterThan(0);
      const days = court.deadline.days_left;
      for (const event of events) {
        await waitForText(page, 'li', court.deadline.kind[event.kind].rule);
      }
      await waitForText(page, 'li', fill(days.future, { count: '7' }));
      await waitForText(page, 'li', fill(days.future, { count: '20' }));
      await waitForText(page, 'li', '09:30');

      await journey.press(court.deadline.download);
      const name = `${court.deadline.file_name}.ics`;
      await waitForDownload(name);
      const ics = readFileSync(downloadPath(name), 'utf8');
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
      for (const event of events) {
        expect(ics).toContain(court.calendar.event[event.kind].summary);
      }

      // Where a download does nothing (an in-app browser), the same text can be copied.
      await journey.press(court.deadline.copy);
      await waitForText(page, '[role="status"]', court.deadline.copied);
    }));

  it('money screens: a debt, a budget typed as "1,200" and "1.2万", the offer; the cost calculator', () =>
    withGuide(async (page) => {
      const journey = new Journey(page);
      await journey.open();
      await journey.press(ui.start.money);
      const d = money.debts;
      await page.expectFocusOn(d.heading);
      await typeInto(page, d.lender, '某某借款App');
      await typeInto(page, d.balance, '1.2万');
      await typeInto(page, d.contract_monthly, '2,000');
      // The checkbox, by Space: a judgment asks for its monthly amount.
      const judgment = await page.field(d.judgment);
      await tabTo(page, judgment, 'the judgment checkbox');
      await page.press(Key.Space);
      expect(await page.evaluate((e: HTMLInputElement) => e.checked, judgment)).toBe(true);
      await typeInto(page, d.judgment_monthly, '300元');
      await journey.press(d.save);
      await waitForText(page, 'strong', fill(d.total, { amount: formatYuan(yuan('1.2万')) }));

      await journey.press(d.to_budget);
      const b = money.budget;
      await page.expectFocusOn(b.heading);
      const income = `${fill(b.income_default, { n: '1' })}: ${b.income_amount}`;
      await typeInto(page, income, '1.2万');
      await typeInto(page, b.category.housing, '1,200');
      await typeInto(page, b.category.food, '1,500.50');

      const offer = makeOffer(
        {
          income: [{ label: '', amount: yuan('1.2万') }],
          spending: { housing: yuan('1,200'), food: yuan('1,500.50') },
        },
        [
          {
            id: 'typed',
            lender: '某某借款App',
            kind: 'online_lender',
            balance: yuan('1.2万'),
            contract_monthly: yuan('2,000'),
            judgment: true,
            judgment_monthly: yuan('300元'),
          },
        ],
      );
      expect(offer.status).toBe('ok');
      await waitForText(
        page,
        '[role="status"]',
        fill(b.totals, {
          income: formatYuan(yuan('1.2万')),
          spending: formatYuan(yuan('1,200') + yuan('1,500.50')),
          available: formatYuan(offer.available),
        }),
      );
      await waitForText(
        page,
        'caption',
        fill(money.offer.caption, {
          available: formatYuan(offer.available),
        }),
      );
      const row = await page.evaluate(() =>
        [...document.querySelectorAll('main .offer-table tbody tr')].map((tr) =>
          [...tr.children].map((cell) => cell.textContent ?? ''),
        ),
      );
      const [share] = offer.shares;
      expect(row).toEqual([
        [
          '某某借款App',
          formatYuan(yuan('1.2万')),
          formatYuan(share?.share ?? -1),
          fill(money.offer.months, { count: String(share?.months_to_clear) }),
        ],
      ]);

      // The cost calculator, from a result card (a new load: only the hash would differ).
      await page.goto('/robots.txt');
      await openResult(page);
      await journey.press(ui.result.money.cost);
      const c = money.cost;
      await page.expectFocusOn(c.heading);
      await typeInto(page, c.received, '8,000');
      await typeInto(page, c.contract_principal, '1万');
      await typeInto(page, c.contract_date, '2025-03-10');
      await tabTo(page, await page.field(c.count), 'the count field');
      await page.press(Key.Backspace);
      await page.typeKeys('12');
      await typeInto(page, c.amount, '1,000');
      const cost = trueCost({
        received: yuan('8,000'),
        contract_principal: yuan('1万'),
        contract_date: '2025-03-10',
        schedule: { count: 12, every: 'month', amount: yuan('1,000') },
      });
      await waitForText(
        page,
        'p',
        fill(c.plain, { amount: String(costPerHundredYuanPerYear(cost.apr)) }),
      );
      await waitForText(page, 'p', fill(c.deducted, { amount: formatYuan(cost.deducted_upfront) }));
    }));
});
