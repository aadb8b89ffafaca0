// Whatever the address, the saved data or the browser's storage, a person gets a calm message
// and a guide that works: never a blank page, never markup from outside rendered as HTML.
import type { Page } from 'playwright-core';
import { runAxe } from './support/axe';
import { useBrowser } from './support/browser';
import { Journey } from './support/journey';
import {
  LANGUAGE_KEY,
  readStorage,
  seedStorage,
  SESSION_KEY,
  storageDisabled,
  storageFull,
} from './support/storage';
import { LANGUAGES, questionTitle, text, type Language } from './support/text';
import { TAMPERED_SESSION } from './support/tour';

const { withGuide } = useBrowser();

/** Nothing from the address or the saved data was turned into markup. */
async function expectNoInjectedMarkup(page: Page): Promise<void> {
  await expect(page.locator('img, iframe, object, embed').count()).resolves.toBe(0);
  await expect(page.locator('#root script, #root [onerror]').count()).resolves.toBe(0);
}

/** Notices are loaded on demand: wait until nothing more is loading before saying there is none. */
async function expectNoLateNotice(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** The guide works: begin, answer the first question, reach the second. */
async function expectWorkingGuide(journey: Journey): Promise<void> {
  await journey.begin();
  await journey.answer('bank_loan');
  expect(journey.question).toBe('debt_recognised');
}

function notice(journey: Journey, heading: string) {
  return journey.main
    .getByRole('status')
    .filter({ has: journey.page.getByRole('heading', { name: heading }) });
}

const SAVES = [
  { name: 'cut-off JSON', raw: '{"v":1,"answers":{"debt_type":"bank_', readable: false },
  { name: 'another version', raw: '{"v":2,"answers":{"debt_type":"bank_loan"}}', readable: false },
  { name: 'not an object', raw: '"<script>alert(1)</script>"', readable: false },
  {
    name: 'far too large',
    raw: `{"v":1,"answers":{"debt_type":"${'x'.repeat(70_000)}"}}`,
    readable: false,
  },
  { name: 'partly valid, with markup', raw: TAMPERED_SESSION, readable: true },
];

describe.concurrent('a tampered saved session', () => {
  // Each case in one of the three languages, in turn.
  it.each(
    SAVES.map((save, i) => ({ ...save, language: LANGUAGES[i % LANGUAGES.length] as Language })),
  )('$name ($language)', ({ raw, readable, language }) =>
    withGuide({}, async ({ page }) => {
      const journey = new Journey(page, language);
      await seedStorage(page, { [SESSION_KEY]: raw });
      await journey.open();
      const { session } = journey.words;
      await notice(journey, readable ? session.partial_title : session.unreadable_title).waitFor();
      await expectNoInjectedMarkup(page);
      expect(await runAxe(page)).toMatchObject({ violations: [] });
      // Nothing is overwritten until the person acts.
      expect(await readStorage(page, SESSION_KEY)).toBe(raw);
      if (readable) {
        // What could be read is offered; the guide goes on from the first answer it lacks.
        await journey.continueSaved({ debt_type: 'bank_loan' });
        expect(journey.question).toBe('debt_recognised');
      } else {
        await expectWorkingGuide(journey);
      }
    }),
  );
});

describe.concurrent('a hostile address', () => {
  const ADDRESSES: { path: string; language: Language; unknownLanguage: boolean }[] = [
    { path: '/#%%%garbage', language: 'zh-CN', unknownLanguage: false },
    { path: '/?lang=xx&foo=<script>alert(1)</script>', language: 'zh-CN', unknownLanguage: true },
    {
      path: '/?lang=en&lang=zh-Hant#<img src=x onerror=alert(1)>',
      language: 'en',
      unknownLanguage: false,
    },
    { path: '/?lang=%E0%A4%A&%%=%', language: 'zh-CN', unknownLanguage: true },
    { path: '/?lang=EN', language: 'zh-CN', unknownLanguage: true },
  ];
  it.each(ADDRESSES)('$path', ({ path, language, unknownLanguage }) =>
    withGuide({}, async ({ page }) => {
      const journey = new Journey(page, language);
      await journey.open(path);
      const message = journey.main
        .getByRole('status')
        .filter({ hasText: text(language).session.language_unknown });
      if (unknownLanguage) {
        await message.waitFor();
        expect(await runAxe(page)).toMatchObject({ violations: [] });
      } else {
        await expectNoLateNotice(page);
        await expect(message.count()).resolves.toBe(0);
      }
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
      await expectNoInjectedMarkup(page);
      await expectWorkingGuide(journey);
    }),
  );

  it('a remembered language that is not ours falls back to 简体中文 quietly', () =>
    withGuide({}, async ({ page }) => {
      await seedStorage(page, { [LANGUAGE_KEY]: 'tlh' });
      const journey = new Journey(page, 'zh-CN');
      await journey.open('/');
      await expectNoLateNotice(page);
      await expect(journey.main.getByRole('status').count()).resolves.toBe(0);
      await expectWorkingGuide(journey);
    }));
});

describe.concurrent.each([
  { name: 'disabled (reading it throws)', script: storageDisabled },
  { name: 'full (every write throws QuotaExceededError)', script: storageFull },
])('storage $name', ({ script }) => {
  it.each(LANGUAGES)('%s: says so calmly, and the guide works to the end', (language) =>
    withGuide({ initScripts: [script] }, async ({ page }) => {
      const journey = new Journey(page, language);
      await journey.open();
      const message = journey.main
        .getByRole('status')
        .filter({ hasText: text(language).session.storage_off });
      await message.waitFor();
      expect(await runAxe(page)).toMatchObject({ violations: [] });
      await journey.begin();
      await journey.answerAll({
        debt_type: 'bank_credit_card',
        debt_recognised: 'yes',
        collector: 'creditor',
        conduct: ['reminders_only'],
        agreement: 'none',
        can_repay: 'full',
        legal_action: 'none',
        wellbeing: 'coping',
      });
      await journey.expectResult();
      // Nothing could be kept: a reload starts afresh, still calm, still working.
      await page.reload();
      await journey.expectStart();
      await message.waitFor();
      await expect(
        journey.main.getByRole('heading', { name: journey.words.start.saved_title }).count(),
      ).resolves.toBe(0);
      await journey.begin();
      await expect(
        journey.main.getByRole('group', { name: questionTitle(language, 'debt_type') }).count(),
      ).resolves.toBe(1);
    }),
  );
});
