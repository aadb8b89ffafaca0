// The court screen in Chromium at 360 px: from a summons to the stages, the person's dates with
// days left, and a calendar file that holds each event; by keyboard only, axe-clean, no sideways
// scroll, and the browser's Back returns to the result.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Locator, Page } from 'playwright-core';
import type { Answers } from '../../flows/debt-collection/answers';
import { addDays } from '../../flows/dates/calendar-date';
import court from '../../locales/zh-CN/court.json';
import { takeaway } from '../../locales/zh-CN/takeaway.json';
import { chinaToday } from '../../src/app/china-today';
import { runAxe } from './support/axe';
import { PHONE, useBrowser } from './support/browser';
import { Journey } from './support/journey';
import { expectFocusOn, press, tabTo } from './support/keyboard';
import { RESULTS_DIR, SCREENSHOT_DIR } from './support/paths';

const { withGuide } = useBrowser();
const SHOTS = join(SCREENSHOT_DIR, 'court');
const labels = court.deadline.field;

const summons: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'yes',
  collector: 'agency',
  conduct: ['high_frequency'],
  agreement: 'none',
  can_repay: 'full',
  rate_concern: 'no',
  legal_action: 'summons',
  wellbeing: 'coping',
};

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

describe('court screen', () => {
  it('from a summons: stages, dates with days left, and a calendar holding each event', () =>
    withGuide({ viewport: PHONE }, async ({ page }) => {
      const journey = new Journey(page, 'zh-CN');
      await journey.open();
      await journey.begin();
      await journey.answerAll(summons);
      await journey.expectResult();

      // The lawsuit card's button, reached and pressed by keyboard.
      await press(page, journey.button(takeaway.court.button).first());
      await expectFocusOn(page, court.heading);
      expect(await page.locator('details[open]').getAttribute('id')).toBe('court-stage-sued');
      expect(await horizontalOverflow(page)).toBe(0);
      expect((await runAxe(page)).violations).toEqual([]);
      await page.screenshot({ path: join(SHOTS, 'stages-zh-CN-360.png'), fullPage: true });

      // Another stage opens from the keyboard.
      const judged = page.locator('#court-stage-judged');
      await press(page, judged.locator('summary'));
      await expect.poll(() => judged.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await page.getByText(court.stage.judged.lines[1]!).waitFor();
      await press(page, judged.locator('summary'));

      // Dates relative to China's today, as the page counts them, typed field by field.
      const today = chinaToday();
      const evidence = addDays(today, 7);
      const hearing = addDays(today, 20);
      const typed = [
        [labels.complaint_received.label, today],
        [labels.hearing.label, hearing],
        [labels.hearing_time.label, '9:30'],
        [labels.evidence_due.label, evidence],
      ] as const;
      for (const [label, value] of typed) {
        await tabTo(page, page.getByRole('textbox', { name: label }));
        await page.keyboard.type(value);
      }
      await press(page, page.getByRole('button', { name: court.deadline.show }));

      const list = page.getByRole('region', { name: court.deadline.list_heading });
      const items = list.getByRole('listitem');
      await expectCount(items, 3);
      expect(await items.nth(0).textContent()).toContain('还有7天');
      expect(await items.nth(1).textContent()).toContain('还有15天');
      expect(await items.nth(1).textContent()).toContain(court.deadline.kind.defence_due.rule);
      expect(await items.nth(2).textContent()).toContain('还有20天');
      expect(await items.nth(2).textContent()).toContain('09:30');
      await page.getByText(court.deadline.act_early).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      expect((await runAxe(page)).violations).toEqual([]);
      await page.screenshot({ path: join(SHOTS, 'deadlines-zh-CN-360.png'), fullPage: true });

      const download = page.waitForEvent('download');
      await press(page, page.getByRole('button', { name: court.deadline.download, exact: true }));
      const file = await download;
      expect(file.suggestedFilename()).toBe(`${court.deadline.file_name}.ics`);
      const path = join(RESULTS_DIR, 'court-dates.ics');
      await file.saveAs(path);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain('\r\n');
      const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const compact = (date: string) => date.replaceAll('-', '');
      expect(
        events.map((e) => [e.summary, e.startDate.toString().slice(0, 10).replaceAll('-', '')]),
      ).toEqual([
        [court.calendar.event.evidence_due.summary, compact(evidence)],
        [court.calendar.event.defence_due.summary, compact(addDays(today, 15))],
        [court.calendar.event.hearing.summary, compact(hearing)],
      ]);
      expect(events[2]?.startDate.isDate).toBe(false);
      expect(events[2]?.startDate.hour).toBe(9);
      for (const v of calendar.getAllSubcomponents('vevent')) {
        expect(v.getAllSubcomponents('valarm')).toHaveLength(2);
      }

      // The browser's Back leaves the court screen for the result.
      await page.goBack();
      await expectFocusOn(page, journey.words.result.heading);
      await journey.expectResult();
    }));
});

async function expectCount(locator: Locator, count: number) {
  await expect.poll(() => locator.count()).toBe(count);
}

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
