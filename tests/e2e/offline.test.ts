// After one visit the whole guide (every language, the letters, the evidence log and printing)
// works with the network off, and a new version never takes the answers in progress. Uses its own
// copy of the run's build and its own server (scripts/perf/), so that the server can be shut down
// for real (Chromium's offline emulation alone does not reach the service worker) and the copy
// changed into "a new version".
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/perf/serve';
import { inject } from 'vitest';
import { useBrowser } from './support/browser';
import enEvidence from '../../locales/en/evidence.json';
import enLetters from '../../locales/en/letters.json';
import en from '../../locales/en/takeaway.json';
import { EXAMPLES } from '../support/decision-examples';
import { Journey } from './support/journey';
import { expectFocusOn } from './support/keyboard';
import { questionTitle } from './support/text';

const { withGuide } = useBrowser();

let outDir = '';
let server: StaticServer | undefined;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'dcg-offline-'));
  cpSync(inject('buildDir'), outDir, { recursive: true });
  server = await serveStatic(outDir);
});

afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function url(): string {
  if (!server) throw new Error('no server');
  return `${server.url}?lang=zh-CN`;
}

/** Waits until the service worker has installed the whole guide and is active. */
async function untilInstalled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

async function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

it('after one visit, reloads and completes a whole path with the network off, letters and print too', () =>
  withGuide({}, async ({ page, context, watch }) => {
    const journey = new Journey(page, 'zh-CN');
    const origin = new URL(url()).origin;
    await journey.open(url());
    await untilInstalled(page);

    await context.setOffline(true);
    await server?.close();
    server = undefined;
    const requestsBefore = watch.requests.length;
    await page.reload();
    await journey.expectStart();
    expect(await isControlled(page)).toBe(true);

    await journey.begin();
    const example = EXAMPLES[0];
    if (!example) throw new Error('no example');
    await journey.answerAll(example.answers);
    await journey.expectResult();

    // Another language, the letters, the evidence log and their print styles: all from the cache.
    await journey.switchLanguage('en');
    await journey.expectResult();
    await page.getByRole('button', { name: en.takeaway.letters.button }).click();
    await page.getByRole('heading', { level: 1, name: enLetters.ui.heading }).waitFor();
    await page.getByRole('button', { name: enLetters.ui.back }).first().click();
    await page.getByRole('button', { name: en.takeaway.evidence.button }).click();
    await page.getByRole('heading', { level: 1, name: enEvidence.heading }).waitFor();
    const printTable = page.locator('table.evidence-print');
    expect(await printTable.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await printTable.isVisible()).toBe(true);
    await page.emulateMedia({ media: null });

    // With the server gone, everything after the reload came from the service worker's cache.
    const requests = watch.requests.slice(requestsBefore);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((request) => new URL(request).origin !== origin)).toEqual([]);
  }));

describe('a new version', () => {
  beforeAll(async () => {
    // The offline test above closed its server: serve the same build again.
    server ??= await serveStatic(outDir);
  });

  it('is offered by a banner, and reloading keeps the answers in progress', () =>
    withGuide({}, async ({ page }) => {
      const journey = new Journey(page, 'zh-CN');
      await journey.open(url());
      await untilInstalled(page);
      await page.reload();
      await journey.expectStart();
      expect(await isControlled(page)).toBe(true);
      await journey.begin();
      await journey.answerAll({ debt_type: 'online_lender', debt_recognised: 'yes' });

      // A new build is deployed: the browser finds a different service worker.
      appendFileSync(join(outDir, 'sw.js'), '\n// a new version\n');
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const banner = page.getByRole('status').filter({ hasText: journey.words.update.ready });
      await banner.waitFor();
      // Nothing reloads by itself: the person is still on the question they were answering.
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        questionTitle('zh-CN', 'collector'),
      );

      await Promise.all([
        page.waitForEvent('load'),
        banner.getByRole('button', { name: journey.words.update.reload }).click(),
      ]);
      // The new version opens where the person was, with the answers given so far.
      await expectFocusOn(page, questionTitle('zh-CN', 'collector'));
      expect(journey.question).toBe('collector');
    }));
});
