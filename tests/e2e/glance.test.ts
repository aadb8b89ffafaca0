// The plan at a glance, in Chromium at 360 px in zh-CN, for the common case: every action
// title within the first two phone screens, cards that open and close by keyboard, ticks that
// survive a reload and a changed answer, what is left first for a returning person, help one tap
// away on every question screen, every control usable at 200% text, and the printed plan on at
// most 5 A4 pages.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Answers } from '../../flows/debt-collection/answers';
import { planFor } from '../../flows/debt-collection/plan';
import { encodeAnswers } from '../../src/boundaries/share-link';
import { PHONE, useBrowser } from './support/browser';
import { Journey } from './support/journey';
import { press } from './support/keyboard';
import { RESULTS_DIR, SCREENSHOT_DIR } from './support/paths';
import { actionTitle, fill, text } from './support/text';

const { withGuide } = useBrowser();

const language = 'zh-CN';
const ui = text(language);
const SHOTS = join(SCREENSHOT_DIR, 'glance');
const PDF_DIR = join(RESULTS_DIR, 'pdf');
/** Two phone screens. */
const TWO_SCREENS = 1_480;
/** Issue 15: the typical plan prints on at most this many A4 pages. */
const MAX_PRINTED_PAGES = 5;
/** The only web addresses allowed on paper: official sites (brief, legal-facts.md). */
const OFFICIAL_SITE =
  /(^|\.)(gov\.cn|12321\.cn|nifa\.org\.cn|pbccrc\.org\.cn|chinamoney\.com\.cn)$/;

// An online lender's agency calling family and many times a day; instalments; a lawsuit
// threatened; struggling (issue 15).
const answers: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'yes',
  collector: 'agency',
  conduct: ['third_party_contact', 'high_frequency'],
  agreement: 'none',
  can_repay: 'instalments',
  rate_concern: 'unknown',
  legal_action: 'threatened',
  wellbeing: 'struggling',
};
const plan = planFor(answers);
if (!plan.complete) throw new Error('the example must be a complete path');
const titles = plan.actions.map((action) => actionTitle(language, action.id));

async function openResult(page: Page): Promise<void> {
  await page.goto(`/?lang=${language}#a=${encodeAnswers(answers)}`);
  await glance(page).getByRole('heading', { level: 2, name: ui.result.glance_heading }).waitFor();
}

const glance = (page: Page) =>
  page.getByRole('navigation', { name: ui.result.glance_heading, exact: true });

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(PDF_DIR, { recursive: true });
});

describe('the plan at a glance, at 360 px in zh-CN', () => {
  it('shows every action title, as a link to its card, within the first two screens', () =>
    withGuide({ viewport: PHONE }, async ({ page }) => {
      await openResult(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      const links = glance(page).getByRole('link');
      const shown = await links.allTextContents();
      expect(shown.slice(0, titles.length).sort()).toEqual([...titles].sort());
      const bottoms = await links.evaluateAll((all) =>
        all.map((link) => link.getBoundingClientRect().bottom + window.scrollY),
      );
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const last = Math.max(...bottoms);
      console.info(
        `glance: ${titles.length} actions; page ${height} px tall; last title ends at ${Math.round(last)} px`,
      );
      expect(last).toBeLessThanOrEqual(TWO_SCREENS);

      await page.screenshot({
        path: join(SHOTS, 'result-first-two-screens-zh-CN-360.png'),
        clip: { x: 0, y: 0, width: PHONE.width, height: TWO_SCREENS },
        fullPage: true,
      });
      await page.screenshot({ path: join(SHOTS, 'result-zh-CN-360.png'), fullPage: true });

      // A link takes the person to the card, without a history entry of its own.
      const lastAction = plan.actions.at(-1)!;
      await links
        .filter({ hasText: actionTitle(language, lastAction.id) })
        .first()
        .click();
      const card = page.getByRole('article', { name: actionTitle(language, lastAction.id) });
      expect(
        await card.getByRole('heading', { level: 3 }).evaluate((h) => h === document.activeElement),
      ).toBe(true);
      expect(new URL(page.url()).hash).toBe('');
    }));

  it('opens and closes a card by keyboard', () =>
    withGuide({ viewport: PHONE }, async ({ page }) => {
      await openResult(page);
      const card = page.getByRole('article', { name: titles[0] });
      const more = card.locator('details.action-more');
      const summary = more.locator(':scope > summary');
      expect(await more.getAttribute('open')).toBeNull();
      await press(page, summary);
      await expect.poll(() => more.getAttribute('open')).toBe('');
      expect(
        await card.getByRole('heading', { level: 4, name: ui.result.evidence }).isVisible(),
      ).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => more.getAttribute('open')).toBeNull();
      expect(
        await card.getByRole('heading', { level: 4, name: ui.result.evidence }).isVisible(),
      ).toBe(false);
    }));

  it('keeps ticks through a reload, and a returning person lands on what is left', () =>
    withGuide({ viewport: PHONE }, async ({ page }) => {
      await openResult(page);
      const tick = (title: string) =>
        glance(page).getByRole('checkbox', { name: fill(ui.result.done_label, { title }) });
      await tick(titles[0]!).check();
      await tick(titles[1]!).check();
      const progress = fill(ui.result.progress, { done: 2, total: titles.length });
      await glance(page).getByText(progress).waitFor();
      await page.reload();
      await glance(page).getByText(progress).waitFor();
      expect(await tick(titles[0]!).isChecked()).toBe(true);
      expect(await tick(titles[1]!).isChecked()).toBe(true);
      expect(await tick(titles[2]!).isChecked()).toBe(false);
      const card = page.getByRole('article', { name: titles[1] });
      expect(await card.getByRole('checkbox', { name: ui.result.done }).isChecked()).toBe(true);

      // What is left comes first, on the first screen: the plan's first action not yet done.
      const next = glance(page).getByRole('link').first();
      expect(await next.textContent()).toBe(titles[2]);
      const bottom = await next.evaluate((link) => link.getBoundingClientRect().bottom);
      console.info(`glance: "what is left" link ends at ${Math.round(bottom)} px`);
      expect(bottom).toBeLessThanOrEqual(PHONE.height);
      await press(page, next);
      const heading = page.getByRole('heading', { level: 3, name: titles[2] });
      expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
    }));

  it('has 110 and 12356 one tap away on every question screen, and keeps a tick through a changed answer', () =>
    withGuide({ viewport: PHONE }, async ({ page }) => {
      const journey = new Journey(page, language);
      const expectHelp = async (where: string) => {
        for (const phone of ['110', '12356']) {
          const link = page.locator(`a[href="tel:${phone}"]`).first();
          expect(await link.isVisible(), `${phone} on ${where}`).toBe(true);
        }
      };
      await journey.open();
      await expectHelp('the start screen');
      await journey.begin();
      let asked = 0;
      for (let question = journey.question; question !== null; question = journey.question) {
        await expectHelp(question);
        await journey.answer(answers[question]!);
        asked += 1;
      }
      expect(asked).toBe(Object.keys(answers).length);
      await journey.expectResult();

      // Both actions ticked; "coping" keeps verify_collector and drops self_care.
      const coping = planFor({ ...answers, wellbeing: 'coping' });
      if (!coping.complete) throw new Error('the change must complete the path');
      const ids = coping.actions.map((action) => action.id);
      expect(ids).toContain('verify_collector');
      expect(ids).not.toContain('self_care');
      const tick = (title: string) =>
        glance(page).getByRole('checkbox', { name: fill(ui.result.done_label, { title }) });
      const kept = actionTitle(language, 'verify_collector');
      await tick(kept).check();
      await tick(actionTitle(language, 'self_care')).check();
      await glance(page)
        .getByText(fill(ui.result.progress, { done: 2, total: titles.length }))
        .waitFor();

      await journey.changeFromReview('wellbeing');
      await journey.answer('coping');
      await journey.expectResult();
      await glance(page)
        .getByText(fill(ui.result.progress, { done: 1, total: coping.actions.length }))
        .waitFor();
      expect(await tick(kept).isChecked()).toBe(true);
    }));

  it('has no sideways scroll at 200% text size, cards open, and every control usable', () =>
    withGuide({ viewport: PHONE }, async ({ page }) => {
      await openResult(page);
      // The page's CSP refuses injected style sheets; an inline style set from script is allowed.
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      await page.getByRole('button', { name: ui.result.open_all }).click();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      // Every control on the page, brought into view, lies inside the screen's width and is what
      // a tap at its middle reaches (nothing covers it, nothing clips it).
      const unusable = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const controls = document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary',
        );
        const problems: string[] = [];
        let checked = 0;
        for (const control of controls) {
          // Not shown: inside a closed disclosure, or the skip link (it appears when focused).
          if (!control.checkVisibility() || control.matches('.skip-link')) continue;
          control.scrollIntoView({ block: 'center', inline: 'nearest' });
          const box = control.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue; // a visually hidden field
          checked += 1;
          const name = `${control.tagName} "${(control.textContent || control.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
          if (box.left < 0 || box.right > width + 0.5) problems.push(`${name} is cut off`);
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const label = control instanceof HTMLInputElement ? control.labels?.[0] : undefined;
          if (hit === null || !(control.contains(hit) || label?.contains(hit)))
            problems.push(`${name} is covered`);
        }
        return { checked, problems };
      });
      expect(unusable.checked).toBeGreaterThan(titles.length * 2);
      expect(unusable.problems).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: join(SHOTS, 'result-zh-CN-360-text-200.png'),
        clip: { x: 0, y: 0, width: PHONE.width, height: TWO_SCREENS },
        fullPage: true,
      });
    }));

  it('prints the checklist on the first page, then every card open, on at most 5 A4 pages', () =>
    withGuide({}, async ({ page }) => {
      await openResult(page);
      const path = join(PDF_DIR, 'glance-zh-CN.pdf');
      await page.pdf({ path, format: 'A4', printBackground: true });
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      const first = execFileSync('pdftotext', ['-raw', '-f', '1', '-l', '1', path, '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, '');
      console.info(`glance: the printed plan is ${pages} A4 pages`);
      for (const title of titles) expect(first, title).toContain(title.replace(/\s+/g, ''));
      expect(pages).toBeLessThanOrEqual(MAX_PRINTED_PAGES);

      // The cards follow, all open: every step, contact and legal basis is on paper.
      const all = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
      const squashed = all.replace(/\s+/g, '');
      for (const action of plan.actions) {
        for (const step of ui.action[action.id].steps)
          expect(squashed, `${action.id}: ${step}`).toContain(step.replace(/\s+/g, ''));
        for (const fact of action.cites)
          expect(squashed, `${action.id}: ${fact}`).toContain(
            ui.fact[fact].name.replace(/\s+/g, ''),
          );
      }
      // Nothing to press or tick on paper.
      for (const control of [
        ui.result.open_all,
        ui.result.more,
        ui.result.read_aloud,
        ui.nav.review,
      ])
        expect(squashed, control).not.toContain(control.replace(/\s+/g, ''));
      // No web address but the official sites.
      const hosts = [
        ...all.matchAll(/(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![a-z0-9.-])/gi),
      ]
        .map((match) => match[1]!.toLowerCase())
        .filter((host) => !/^\d/.test(host));
      expect(hosts.length).toBeGreaterThan(0);
      expect(hosts.filter((host) => !OFFICIAL_SITE.test(host))).toEqual([]);
    }));
});
