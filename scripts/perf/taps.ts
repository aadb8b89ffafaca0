// Answer taps as a person makes them (real clicks through Chromium's input pipeline), timed in
// the page by installTapProbe: the first option, then "continue", over and over; on the result,
// restart and go on. Only taps that lead to another question count.
import type { Page } from 'playwright-core';
import { installTapProbe } from './page-probes';

export interface TapWords {
  readonly questionTitles: readonly string[];
  readonly continueLabel: string;
  readonly restartLabel: string;
  readonly confirmRestartLabel: string;
}

export async function measureTaps(page: Page, words: TapWords, taps: number): Promise<number[]> {
  await page.evaluate(installTapProbe, words.continueLabel);
  const isQuestion = (title: string | null) => words.questionTitles.includes(title ?? '');
  const heading = page.locator('h1');
  const tapCount = () => page.evaluate(() => window.__probe?.taps.length ?? 0);
  const latencies: number[] = [];
  for (let guard = 0; latencies.length < taps && guard < 500; guard++) {
    if (!isQuestion(await heading.textContent())) {
      await page.getByRole('banner').getByRole('button', { name: words.restartLabel }).click();
      await page.getByRole('button', { name: words.confirmRestartLabel, exact: true }).click();
      await page.waitForFunction(
        (titles) => titles.includes(document.querySelector('h1')?.textContent ?? ''),
        words.questionTitles,
      );
      continue;
    }
    const first = page.locator('fieldset input').first();
    if (!(await first.isChecked())) await first.check();
    const before = await tapCount();
    await page.getByRole('button', { name: words.continueLabel, exact: true }).click();
    await page.waitForFunction((n) => (window.__probe?.taps.length ?? 0) > n, before);
    const tap = await page.evaluate(() => window.__probe?.taps.at(-1));
    if (tap && isQuestion(tap.heading)) latencies.push(tap.ms);
    await page.waitForTimeout(150);
  }
  return latencies;
}
