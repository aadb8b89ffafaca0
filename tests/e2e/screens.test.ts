// Every screen type, in every language: axe-clean at WCAG 2.1 AA, no sideways scrolling on a
// 360 px phone, and screenshots (zh-CN and en, phone and desktop) in test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runAxe } from './support/axe';
import { DESKTOP, PHONE, useBrowser } from './support/browser';
import { Journey } from './support/journey';
import { SCREENSHOT_DIR } from './support/paths';
import { writeSummary } from './support/report';
import { tour, type Screen } from './support/tour';
import { LANGUAGES, type Language } from './support/text';

const { withGuide } = useBrowser();

interface Run {
  readonly language: Language;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly colorScheme: 'light' | 'dark';
  readonly screenshots: boolean;
}

const RUNS: Run[] = [
  ...LANGUAGES.map((language) => ({
    language,
    viewport: PHONE,
    colorScheme: 'light' as const,
    screenshots: language !== 'zh-Hant',
  })),
  { language: 'zh-CN', viewport: DESKTOP, colorScheme: 'light', screenshots: true },
  { language: 'en', viewport: DESKTOP, colorScheme: 'light', screenshots: true },
  { language: 'zh-CN', viewport: PHONE, colorScheme: 'dark', screenshots: false },
];

const axeSummary: Record<string, Record<string, string[]>> = {};
afterAll(() => writeSummary('axe', axeSummary));

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe.concurrent.each(RUNS)('$language at $viewport.width px, $colorScheme', (run) => {
  it('every screen type: axe-clean, fits the width, photographed', () =>
    withGuide({ viewport: run.viewport, colorScheme: run.colorScheme }, async ({ page }) => {
      const name = `${run.language} ${run.viewport.width}px ${run.colorScheme}`;
      const violations: Partial<Record<Screen, string[]>> = {};
      const overflow: Partial<Record<Screen, number>> = {};
      const seen: Screen[] = [];
      axeSummary[name] = {};
      await tour(new Journey(page, run.language), async (screen) => {
        seen.push(screen);
        const report = await runAxe(page);
        axeSummary[name]![screen] = report.violations;
        if (report.violations.length > 0) violations[screen] = report.violations;
        const extra = await horizontalOverflow(page);
        if (extra > 0) overflow[screen] = extra;
        if (run.screenshots) {
          const dir = join(SCREENSHOT_DIR, `${run.viewport.width}x${run.viewport.height}`);
          mkdirSync(dir, { recursive: true });
          const index = String(seen.length).padStart(2, '0');
          // From the top: the quick-exit bar is fixed, and would show wherever the page is scrolled.
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({
            path: join(dir, `${run.language}-${index}-${screen}.png`),
            fullPage: true,
          });
        }
      });
      expect(seen.length).toBe(11);
      expect(violations).toEqual({});
      if (run.viewport.width <= PHONE.width) expect(overflow).toEqual({});
    }));
});
