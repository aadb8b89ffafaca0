// Taking the plan away in WebKit: a share link opens the same result and leaves the address bar;
// the letters screen composes a letter at 360 px from typed input (Chinese typed key by key) and
// downloads it as a file; the evidence log keeps an entry and downloads it as CSV.
import { readFileSync } from 'node:fs';
import type { Answers } from '../../flows/debt-collection/answers';
import { planFor } from '../../flows/debt-collection/plan';
import zhEvidence from '../../locales/zh-CN/evidence.json';
import zhLetters from '../../locales/zh-CN/letters.json';
import { takeaway } from '../../locales/zh-CN/takeaway.json';
import { encodeAnswers } from '../../src/boundaries/share-link';
import { actionTitle } from '../e2e/support/text';
import { downloadPath, downloads, useWebKit } from './support/browser';
import { Journey } from './support/journey';
import { chooseRadio, press, tabTo } from './support/keyboard';
import type { WebKitPage } from './support/page';
import { Key } from './support/webdriver';

const { withGuide } = useWebKit();

// Many actions: threats, a claimed official, a summons, a crisis.
const answers: Answers = {
  debt_type: 'bank_credit_card',
  debt_recognised: 'yes',
  collector: 'claims_authority',
  conduct: ['odd_hours', 'threats', 'disclosure'],
  agreement: 'none',
  can_repay: 'instalments',
  legal_action: 'summons',
  wellbeing: 'crisis',
};
const plan = planFor(answers);
if (!plan.complete) throw new Error('the example must be a complete path');

const l = zhLetters.ui;

async function openShared(page: WebKitPage): Promise<void> {
  await page.goto(`/?lang=zh-CN#a=${encodeAnswers(answers)}`);
  await page.waitFor(
    'the take-away section of the result',
    (heading: string) =>
      [...document.querySelectorAll('main h2')].some((h) => h.textContent === heading),
    takeaway.heading,
  );
}

function horizontalOverflow(page: WebKitPage): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe('in WebKit', () => {
  it('opens a share link on the result and clears it from the address bar', () =>
    withGuide(async (page) => {
      await openShared(page);
      expect(new URL(await page.url()).hash).toBe('');
      const titles = await new Journey(page).actionTitles();
      expect(titles).toEqual(plan.actions.map((action) => actionTitle('zh-CN', action.id)));
      const link = await page.evaluate((label: string) => {
        const found = [...document.querySelectorAll('label')].find((l) => l.textContent === label);
        const input = found && document.getElementById(found.htmlFor);
        return input instanceof HTMLInputElement ? input.value : null;
      }, takeaway.share.label);
      expect(link && new URL(link).hash).toBe(`#a=${encodeAnswers(answers)}`);
      expect(await horizontalOverflow(page)).toBe(0);
    }));

  it('composes a letter from typed input, checks the date, and downloads it', () =>
    withGuide(async (page) => {
      const journey = new Journey(page);
      await openShared(page);
      await journey.press(takeaway.letters.button);
      await page.expectFocusOn(l.heading);

      const chooser = await page.waitFor('the letter templates', () =>
        document.querySelector('fieldset.letter-chooser'),
      );
      const negotiation = await page.waitFor('the negotiation template', () =>
        document.getElementById('letter-negotiation'),
      );
      await chooseRadio(page, chooser, negotiation, 'the negotiation letter');

      await tabTo(page, await page.field(l.field.name), 'the name field');
      await page.typeKeys('张三');
      await tabTo(page, await page.field(l.field.total), 'the total field');
      await page.typeKeys('12000');
      await tabTo(page, await page.field(l.field.first_date), 'the first date field');
      await page.typeKeys('2025-02-30');
      await page.press(Key.Tab); // leaving the field shows its problem
      await page.waitFor(
        'the date error',
        (message: string) =>
          [...document.querySelectorAll('[role="alert"]')].some((a) =>
            a.textContent?.includes(message),
          ),
        l.error.date,
      );
      const firstDate = await page.field(l.field.first_date);
      expect(await page.evaluate((e: Element) => e.getAttribute('aria-invalid'), firstDate)).toBe(
        'true',
      );
      const letter = () =>
        page.evaluate(
          () => (document.getElementById('letter-text') as HTMLTextAreaElement | null)?.value ?? '',
        );
      expect(await letter()).toContain('张三');
      expect(await letter()).toContain('12,000元');
      expect(await letter()).toContain(zhLetters.letter.placeholder.first_date);
      expect(await horizontalOverflow(page)).toBe(0);

      await press(page, await page.button(l.download), 'the download button');
      const name = `${l.template.negotiation.name}.txt`;
      await waitForDownload(name);
      const saved = readFileSync(downloadPath(name), 'utf8');
      expect(saved.startsWith('\uFEFF')).toBe(true);
      expect(saved.slice(1)).toBe(await letter());
    }));

  it('keeps an evidence entry typed by keyboard and downloads the log as CSV', () =>
    withGuide(async (page) => {
      const e = zhEvidence;
      const journey = new Journey(page);
      await openShared(page);
      await journey.press(takeaway.evidence.button);
      await page.expectFocusOn(e.heading);
      const typeInto = async (label: string, text: string) => {
        await tabTo(page, await page.field(label), `the field "${label}"`);
        await page.typeKeys(text);
      };
      await typeInto(e.field.date, '2025-03-01');
      await typeInto(e.field.time, '22:40');
      await typeInto(e.field.who, '+86 171, "某某资产"');
      await typeInto(e.field.what, '说要去我单位');
      await journey.press(e.save);
      await page.waitFor(
        'the saved notice',
        (text: string) =>
          [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === text),
        e.saved,
      );
      expect(await horizontalOverflow(page)).toBe(0);

      await journey.press(e.export_csv);
      const name = `${e.file_name}.csv`;
      await waitForDownload(name);
      const csv = readFileSync(downloadPath(name), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain(`"'+86 171, ""某某资产"""`);
      expect(csv).toContain('说要去我单位');
    }));
});

/** MiniBrowser saves a download in the background: waits (polling, with a deadline) for it. */
async function waitForDownload(name: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!downloads().includes(name)) {
    if (Date.now() > deadline)
      throw new Error(`no download ${name}; have ${downloads().join(', ')}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
