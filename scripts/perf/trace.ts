// Records a Chromium performance trace (the DevTools timeline with JavaScript samples) while
// `act` runs on the page, and saves it where DevTools can open it.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

const CATEGORIES = [
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

export async function recordTrace(
  browser: Browser,
  page: Page,
  file: string,
  act: () => Promise<void>,
): Promise<string> {
  await browser.startTracing(page, { categories: CATEGORIES });
  try {
    await act();
  } finally {
    writeFileSync(file, await browser.stopTracing());
  }
  return file;
}
