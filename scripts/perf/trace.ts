// Records a Chromium performance trace (by default the DevTools timeline with JavaScript samples)
// while `act` runs on the page, and saves it where DevTools can open it.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

const TAP_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
  'blink_gc',
];

/**
 * For a page load: the timeline without JavaScript sampling, which slows script evaluation
 * several times over while V8 records where each function is.
 */
export const LOAD_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
];

export async function recordTrace(
  browser: Browser,
  page: Page,
  file: string,
  act: () => Promise<void>,
  categories: readonly string[] = TAP_CATEGORIES,
): Promise<string> {
  await browser.startTracing(page, { categories: [...categories] });
  try {
    await act();
  } finally {
    writeFileSync(file, await browser.stopTracing());
  }
  return file;
}
