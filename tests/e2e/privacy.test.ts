// Nothing leaves the device: over a whole journey every request goes to the page's own origin,
// and the app runs under a Content-Security-Policy (no inline script, no eval, connect-src 'self')
// without a single violation.
import type { Answers } from '../../flows/debt-collection/answers';
import { serverURL, useBrowser } from './support/browser';
import { Journey } from './support/journey';
import { press } from './support/keyboard';
import { writeSummary } from './support/report';

const { withGuide } = useBrowser();

const ANSWERS: Answers = {
  debt_type: 'private_lender',
  debt_recognised: 'not_mine',
  collector: 'law_firm',
  conduct: ['disclosure', 'fake_legal_docs', 'unexplained_fees'],
  agreement: 'verbal',
  keeping_agreement: 'cannot',
  collection_after_agreement: 'reminders_only',
  can_repay: 'not_now',
  rate_concern: 'unknown',
  legal_action: 'judgment',
  wellbeing: 'crisis',
};

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe.concurrent('privacy', () => {
  it('makes no request to anywhere but its own origin over a whole journey', () =>
    withGuide({}, async ({ page, watch }) => {
      const journey = new Journey(page, 'zh-CN');
      await journey.open('/'); // no ?lang=: after the switch, the reload keeps the chosen language
      await journey.begin();
      await journey.answerAll(ANSWERS);
      await journey.expectResult();
      // Open every "legal basis" (its source links must not be fetched), review, change, switch
      // language twice, reload, restart, clear.
      const summaries = await journey.main.locator('details > summary').count();
      for (let i = 0; i < summaries; i++)
        await press(page, journey.main.locator('details > summary').nth(i));
      await expect(journey.main.locator('details[open]').count()).resolves.toBe(summaries);
      await journey.openReview();
      await journey.changeFromReview('wellbeing');
      await journey.answer('coping');
      await journey.switchLanguage('en');
      await journey.switchLanguage('zh-Hant');
      await journey.reload();
      await journey.restart();
      await journey.clearAll();

      const origin = new URL(serverURL()).origin;
      const elsewhere = watch.requests.filter((url) => new URL(url).origin !== origin);
      writeSummary('requests', {
        origin,
        total: watch.requests.length,
        elsewhere,
        requests: watch.requests,
      });
      expect(watch.requests.length).toBeGreaterThan(0);
      expect(elsewhere).toEqual([]);
    }));

  it('is served with a strict Content-Security-Policy, as a header and in the page', () =>
    withGuide({}, async ({ page }) => {
      const response = await page.goto('/');
      const header = directives((await response?.allHeaders())?.['content-security-policy'] ?? '');
      const meta = directives(
        (await page
          .locator('meta[http-equiv="Content-Security-Policy"]')
          .getAttribute('content')) ?? '',
      );
      for (const policy of [header, meta]) {
        expect(policy.get('script-src')).toEqual(["'self'"]);
        expect(policy.get('connect-src')).toEqual(["'self'"]);
        expect(policy.get('default-src')).toEqual(["'self'"]);
        expect(policy.get('object-src')).toEqual(["'none'"]);
        expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
        expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
      }
      // The first screen's styles are inline (no round trip before it paints), allowed by hash.
      expect(meta.get('style-src')).toEqual(header.get('style-src'));
      expect(meta.get('style-src')).toEqual(["'self'", expect.stringMatching(/^'sha256-/)]);
      expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    }));

  it('runs under the policy: eval, inline script and outside requests are refused, and reported', ({
    expect,
  }) =>
    withGuide({}, async ({ page, watch }) => {
      const journey = new Journey(page, 'en');
      await journey.open();
      // Each attempt made by the page itself, as an injected script would.
      const fetched = await page.evaluate(async () => {
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the eval CSP must refuse
        window.setTimeout('document.documentElement.dataset.evaluated = "ran"', 0);
        const inline = document.createElement('script');
        inline.textContent = 'document.documentElement.dataset.inline = "ran"';
        document.head.append(inline);
        return fetch('https://example.com/').then(
          () => 'ran',
          () => 'refused',
        );
      });
      expect(fetched).toBe('refused');
      // Each refusal is reported on its own time (the same one may come twice): wait for all three.
      const refusals = [
        /script-src refused eval/,
        /script-src(-elem)? refused inline/,
        /connect-src refused https:\/\/example\.com/,
      ];
      const reported = () => watch.problems.filter((p) => p.startsWith('CSP violation')).join('\n');
      await expect
        .poll(() => refusals.filter((refusal) => !refusal.test(reported())).map(String))
        .toEqual([]);
      const ran = await page.evaluate(() => {
        const { evaluated, inline } = document.documentElement.dataset;
        return { evaluated, inline };
      });
      expect(ran).toEqual({ evaluated: undefined, inline: undefined });
      // The watch saw each refusal: it would see one in the app too.
      const unexpected = watch.problems.filter(
        (p) => !/^CSP violation|Content Security Policy/.test(p),
      );
      expect(unexpected).toEqual([]);
      watch.problems.length = 0; // the refusals were provoked on purpose
    }));
});
