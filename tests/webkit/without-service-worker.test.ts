// An in-app browser that is WebKit with less in it (WeChat's on iOS may not keep a service worker;
// none of them need speak): a MiniBrowser of its own with service workers and speech synthesis
// switched off. The guide must work without them: a journey to the result, a reload half-way and
// at the end landing where the person was.
import { inject } from 'vitest';
import ui from '../../locales/zh-CN/ui.json';
import { EXAMPLES } from '../support/decision-examples';
import { preparePage } from './support/browser';
import { Journey } from './support/journey';
import type { WebKitPage } from './support/page';
import { Session } from './support/webdriver';
import { startWebKit, type WebKitSession } from './support/webkit';

let webkit: WebKitSession | undefined;
let page: WebKitPage;

beforeAll(async () => {
  webkit = await startWebKit(inject('display'), {
    withoutFeatures: ['ServiceWorkers', 'SpeechSynthesisAPI'],
  });
  const session = new Session(webkit.driverURL, webkit.sessionId);
  await session.setScriptTimeout(60_000);
  page = await preparePage(session);
});

afterAll(() => webkit?.close());

describe('in WebKit without a service worker', () => {
  it('walks to the result, keeps the answers across reloads, with nothing in the console', async () => {
    expect(
      await page.evaluate(() => ['serviceWorker' in navigator, 'speechSynthesis' in window]),
    ).toEqual([false, false]);
    const example = EXAMPLES[4]!; // threats, a person in crisis: urgent actions first
    const journey = new Journey(page);
    await journey.open();
    await journey.begin();
    await journey.answerAll({
      debt_type: example.answers.debt_type,
      debt_recognised: example.answers.debt_recognised,
      collector: example.answers.collector,
    });
    await journey.reload();
    await journey.answerAll(example.answers);
    await journey.expectResult();
    await journey.reload();
    await journey.expectResult();
    // No voice to read with: no read-aloud button on any card.
    const readAloud = await page.evaluate(
      (label: string) =>
        [...document.querySelectorAll('main button')].filter((b) => b.textContent === label).length,
      ui.result.read_aloud,
    );
    expect(readAloud).toBe(0);
    expect(await page.problems()).toEqual([]);
  });
});
