// axe-core in the page, at WCAG 2.1 A and AA. Evaluated rather than added as a <script> tag: the
// app's CSP rightly refuses inline scripts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type * as Axe from 'axe-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeReport {
  /** One line per violation: rule, impact, the first few elements. */
  readonly violations: string[];
  readonly passes: number;
}

declare global {
  interface Window {
    axe?: typeof Axe;
  }
}

export async function runAxe(page: Page): Promise<AxeReport> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (tags) => {
    const axe = window.axe;
    if (!axe) throw new Error('axe-core did not load');
    const run = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      passes: run.passes.length,
      violations: run.violations.map(
        (v) =>
          `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      ),
    };
  }, WCAG_TAGS);
  return results;
}
