// Taking the plan away, in Chromium: a share link opens the same result and leaves the address
// bar; the result prints to A4 PDF with every phone number and the legal basis and no controls;
// the letters and the evidence log work at 360 px, download their files and print.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import type { Answers } from '../../flows/debt-collection/answers';
import { phoneOf } from '../../flows/debt-collection/legal-facts';
import { planFor } from '../../flows/debt-collection/plan';
import enEvidence from '../../locales/en/evidence.json';
import enLetters from '../../locales/en/letters.json';
import { takeaway as enTakeaway } from '../../locales/en/takeaway.json';
import zhEvidence from '../../locales/zh-CN/evidence.json';
import zhLetters from '../../locales/zh-CN/letters.json';
import { takeaway as zhTakeaway } from '../../locales/zh-CN/takeaway.json';
import { encodeAnswers } from '../../src/boundaries/share-link';
import { runAxe } from './support/axe';
import { PHONE, useBrowser } from './support/browser';
import { RESULTS_DIR, SCREENSHOT_DIR } from './support/paths';
import { actionTitle, fill, text } from './support/text';

const { withGuide } = useBrowser();

const PDF_DIR = join(RESULTS_DIR, 'pdf');
const WORDS = {
  'zh-CN': { takeaway: zhTakeaway, letters: zhLetters, evidence: zhEvidence },
  en: { takeaway: enTakeaway, letters: enLetters, evidence: enEvidence },
} as const;

// Many actions, many phone numbers: threats (110), a claimed official (96110), a summons (12368,
// 12348), harassing calls (12321), a crisis (12356), a bank (12378), paid "debt relief" (12315).
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

/**
 * Text of a PDF in drawing order (-raw keeps mixed Chinese and English runs in order), with all
 * white space removed: Chinese wraps anywhere, so words may be split across lines.
 */
function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-raw', ...range, path, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  );
}

/** Saves a download (the browser runs apart from the test) and reads it as UTF-8. */
async function downloaded(download: Download, name: string): Promise<string> {
  const path = join(PDF_DIR, name);
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

function pdfInfo(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
  };
}

const squash = (s: string) => s.replace(/\s+/g, '');

async function openShared(page: Page, language: keyof typeof WORDS): Promise<void> {
  await page.goto(`/?lang=${language}#a=${encodeAnswers(answers)}`);
  await page.getByRole('heading', { level: 2, name: WORDS[language].takeaway.heading }).waitFor();
}

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

beforeAll(() => {
  mkdirSync(PDF_DIR, { recursive: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

describe.concurrent.each(['zh-CN', 'en'] as const)('in %s', (language) => {
  const words = WORDS[language];
  const ui = text(language);

  it('opens a share link on the result and clears it from the address bar', () =>
    withGuide({}, async ({ page }) => {
      await openShared(page, language);
      expect(new URL(page.url()).hash).toBe('');
      for (const action of plan.actions) {
        await page
          .getByRole('heading', { level: 3, name: actionTitle(language, action.id) })
          .waitFor();
      }
      const link = page.getByRole('textbox', { name: words.takeaway.share.label });
      expect(new URL(await link.inputValue()).hash).toBe(`#a=${encodeAnswers(answers)}`);
      await page.getByText(words.takeaway.share.warning).waitFor();
    }));

  it('refuses a damaged share link with a clear notice and the start screen', () =>
    withGuide({}, async ({ page }) => {
      const link = encodeAnswers(answers);
      await page.goto(`/?lang=${language}#a=${link.slice(0, -3)}x${link.slice(-2)}`);
      await page.getByRole('heading', { name: ui.session.link_invalid_title }).waitFor();
      await page.getByRole('heading', { level: 1, name: ui.start.heading }).waitFor();
      expect(new URL(page.url()).hash).toBe('');
    }));

  it('prints the whole plan on clean A4 pages, phone numbers and legal basis included', () =>
    withGuide({}, async ({ page }) => {
      await openShared(page, language);
      const path = join(PDF_DIR, `plan-${language}.pdf`);
      await page.pdf({ path, format: 'A4', printBackground: true });
      const { pages, size } = pdfInfo(path);
      expect(size).toMatch(/^595\.\d+ x 841\.\d+|^595\.\d+ x 842\.\d+/); // A4 in points
      // Every action fits in about a page or less; no page is left nearly empty by a break (the
      // last one may hold only the end of the plan).
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(plan.actions.length + 3);
      for (let n = 1; n < pages; n++)
        expect(pdfText(path, n).length, `page ${n}`).toBeGreaterThan(200);
      expect(pdfText(path, pages).length, 'the last page').toBeGreaterThan(0);

      const all = pdfText(path);
      expect(all.startsWith(squash(ui.app.title))).toBe(true);
      const contacts = [...new Set(plan.actions.flatMap((a) => a.contacts))];
      const numbers = contacts.map((fact) => phoneOf(fact) ?? '');
      expect(numbers.sort()).toEqual([
        '110',
        '120',
        '12315',
        '12321',
        '12348',
        '12356',
        '12368',
        '12378',
        '96110',
      ]);
      // Written out as on screen: "拨打 110（报警电话）", not only as a tap-to-call link.
      for (const fact of contacts) {
        // Labelled as on the button: the hotline's own words where it has them (12368, 12321 …).
        const own: { name: string; call?: string } = ui.fact[fact];
        const call = own.call ?? fill(ui.result.call_named, { name: own.name });
        expect(all, fact).toContain(squash(call));
      }
      for (const action of plan.actions) {
        expect(all).toContain(squash(actionTitle(language, action.id)));
        // The legal basis is printed open: every fact's name is on paper.
        for (const fact of action.cites) expect(all, fact).toContain(squash(ui.fact[fact].name));
      }
      // Nothing to press on paper.
      for (const control of [
        words.takeaway.share.copy,
        words.takeaway.print.button,
        words.takeaway.letters.button,
        ui.nav.restart,
        ui.nav.clear,
        ui.nav.review,
      ]) {
        expect(all, control).not.toContain(squash(control));
      }
    }));

  it('letters at 360 px: focus, no sideways scroll, axe-clean, validated, downloaded, printed', () =>
    withGuide({ viewport: PHONE }, async ({ page }) => {
      const l = words.letters.ui;
      await openShared(page, language);
      await page.getByRole('button', { name: words.takeaway.letters.button }).click();
      const heading = page.getByRole('heading', { level: 1, name: l.heading });
      await heading.waitFor();
      expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);

      await page.getByRole('radio', { name: new RegExp(l.template.negotiation.name) }).check();
      await page.getByRole('textbox', { name: l.field.name, exact: true }).fill('张三');
      await page.getByRole('textbox', { name: l.field.total }).fill('12000');
      const firstDate = page.getByRole('textbox', { name: l.field.first_date });
      await firstDate.fill('2025-02-30');
      await firstDate.blur();
      await page.getByRole('alert').filter({ hasText: l.error.date }).waitFor();
      expect(await firstDate.getAttribute('aria-invalid')).toBe('true');
      const letter = page.locator('#letter-text');
      expect(await letter.inputValue()).toContain(zhLetters.letter.placeholder.first_date);
      expect(await letter.inputValue()).toContain('张三');

      expect(await horizontalOverflow(page)).toBe(0);
      expect((await runAxe(page)).violations).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: join(SCREENSHOT_DIR, `letters-${language}-360.png`),
        fullPage: true,
      });
      await page.getByRole('radio', { name: new RegExp(l.template.complaint.name) }).check();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: join(SCREENSHOT_DIR, `letters-complaint-${language}-360.png`),
        fullPage: true,
      });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: l.download }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${l.template.complaint.name}.txt`);
      const saved = await downloaded(download, `letter-${language}.txt`);
      expect(saved.startsWith('\uFEFF')).toBe(true);
      expect(saved).toContain(zhLetters.letter.complaint.title);
      expect(saved).toContain(zhLetters.letter.conduct.threats);
      expect(saved).toContain(zhLetters.letter.regulator.nfra);

      const path = join(PDF_DIR, `letter-${language}.pdf`);
      await page.pdf({ path, format: 'A4' });
      const printed = pdfText(path);
      expect(printed.startsWith(squash(zhLetters.letter.complaint.title))).toBe(true);
      expect(printed).toContain(squash(zhLetters.letter.conduct.disclosure));
      expect(printed).not.toContain(squash(l.form_heading));
      expect(printed).not.toContain(squash(ui.app.title));
    }));

  it('keeps an evidence log across a reload, exports it as CSV and prints it as a table', () =>
    withGuide({ viewport: PHONE }, async ({ page }) => {
      const e = words.evidence;
      await openShared(page, language);
      await page.getByRole('button', { name: words.takeaway.evidence.button }).click();
      await page.getByRole('heading', { level: 1, name: e.heading }).waitFor();
      await page.getByRole('textbox', { name: e.field.date }).fill('2025-03-01');
      await page.getByRole('textbox', { name: e.field.time }).fill('22:40');
      await page.getByRole('textbox', { name: e.field.who }).fill('+86 171, "某某资产"');
      await page.getByRole('textbox', { name: e.field.what }).fill('说要去我单位，\n还骂人');
      await page.getByRole('button', { name: e.save }).click();
      await page.getByRole('status').filter({ hasText: e.saved }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      expect((await runAxe(page)).violations).toEqual([]);

      // The share link is gone from the address; a reload lands on the log again.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: e.heading }).waitFor();
      await page.getByRole('list').getByText('+86 171, "某某资产"').waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: e.export_csv }).click(),
      ]);
      const csv = await downloaded(download, `evidence-${language}.csv`);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain(`"'+86 171, ""某某资产"""`);
      expect(csv).toContain('"说要去我单位，\n还骂人"');

      const path = join(PDF_DIR, `evidence-${language}.pdf`);
      await page.pdf({ path, format: 'A4' });
      const printed = pdfText(path);
      expect(printed).toContain(squash(e.table_caption));
      expect(printed).toContain('说要去我单位');
      expect(printed).not.toContain(squash(e.add_heading));
    }));
});
