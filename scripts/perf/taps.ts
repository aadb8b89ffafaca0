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

export interface TapTimes {
  /** Tap → next paint, by the browser's Event Timing (INP's clock; under 16 ms counts as 16). */
  readonly painted: number[];
  /** Tap → a task after the next frame has run: includes work queued for just after the paint. */
  readonly settled: number[];
}

/** Event Timing reports nothing under 16 ms: a tap without an entry took at most that long. */
const EVENT_TIMING_FLOOR_MS = 16;

export async function measureTaps(page: Page, words: TapWords, taps: number): Promise<TapTimes> {
  await page.evaluate(installTapProbe, words.continueLabel);
  const isQuestion = (title: string | null) => words.questionTitles.includes(title ?? '');
  const heading = page.locator('h1');
  const tapCount = () => page.evaluate(() => window.__probe?.taps.length ?? 0);
  const painted: number[] = [];
  const settled: number[] = [];
  for (let guard = 0; settled.length < taps && guard < 500; guard++) {
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
    await page.waitForTimeout(150);
    if (!tap || !isQuestion(tap.heading)) continue;
    // Entries are delivered after the paint; the pause above leaves them time to arrive.
    const click = await page.evaluate(
      (at) => window.__probe?.clicks.find((entry) => Math.abs(entry.at - at) < 1),
      tap.at,
    );
    settled.push(tap.ms);
    painted.push(click?.ms ?? EVENT_TIMING_FLOOR_MS);
  }
  return { painted, settled };
}
