// @vitest-environment jsdom
// Help one tap away (decision model, change 8): on every screen, from the start screen on, a call
// link to the police (110) and to the psychological assistance line (12356), in every language.
import { screen, waitFor, within } from '@testing-library/react';
import { phoneOf } from '../../flows/debt-collection/legal-facts';
import { HELP_LINES } from '../../src/ui/chrome/HelpBar';
import type { Language } from '../../src/i18n/languages';
import { WRITTEN_KEPT } from '../support/fixtures';
import { renderGuide, type Rendered } from '../support/render';
import { takeaway } from '../../locales/zh-CN/takeaway.json';

/** How each language's danger line names thoughts of harming oneself. */
const SELF_HARM: Record<Language, string> = {
  'zh-CN': '伤害自己的念头',
  'zh-Hant': '傷害自己的念頭',
  en: 'thinking of harming yourself',
};

function expectHelp(r: Rendered) {
  const banner = screen.getByRole('banner');
  const calls = [
    [r.i18n.t(($) => $.help.danger, { phone: '110' }), 'tel:110'],
    [r.i18n.t(($) => $.help.talk, { phone: '12356' }), 'tel:12356'],
  ] as const;
  for (const [name, href] of calls) {
    expect(within(banner).getByRole('link', { name })).toHaveAttribute('href', href);
  }
}

describe('the help bar', () => {
  it('dials only the numbers the facts file lists for the police and for someone to talk to', () => {
    expect(HELP_LINES).toEqual({ danger: phoneOf('hotline_110'), talk: phoneOf('hotline_12356') });
  });

  it.each<Language>(['zh-CN', 'zh-Hant', 'en'])(
    'is on the start screen in %s',
    async (language) => {
      const r = await renderGuide({ language });
      expectHelp(r);
      // The danger line covers threats from others and thoughts of self-harm, with 110, 120 and
      // 12356 (decision model, version 2, change 8).
      const line = r.i18n.t(($) => $.start.danger);
      expect(screen.getByText(line)).toBeVisible();
      for (const fact of ['hotline_110', 'hotline_120', 'hotline_12356'] as const)
        expect(line).toContain(phoneOf(fact));
      expect(line).toContain(SELF_HARM[language]);
    },
  );

  it('stays on every screen: a question, the result, the letters and the evidence log', async () => {
    const r = await renderGuide({ preload: { debt_type: 'bank_loan' } });
    expectHelp(r);
    r.unmount();
    const done = await renderGuide({ preload: WRITTEN_KEPT });
    expectHelp(done);
    for (const button of [takeaway.letters.button, takeaway.evidence.button]) {
      await done.user.click(
        await screen.findByRole('button', { name: button }, { timeout: 10_000 }),
      );
      await waitFor(() =>
        expect(
          screen.queryByRole('heading', { level: 1, name: done.i18n.t(($) => $.result.heading) }),
        ).toBeNull(),
      );
      expectHelp(done);
      window.history.back();
      await screen.findByRole('heading', { level: 1, name: done.i18n.t(($) => $.result.heading) });
    }
  });

  it('is reached by keyboard before the screen itself', async () => {
    const r = await renderGuide();
    const danger = screen.getByRole('link', {
      name: r.i18n.t(($) => $.help.danger, { phone: '110' }),
    });
    const begin = screen.getByRole('button', { name: r.i18n.t(($) => $.start.begin) });
    for (let presses = 0; presses < 20 && document.activeElement !== danger; presses++) {
      await r.user.tab();
    }
    expect(danger).toHaveFocus();
    expect(danger.compareDocumentPosition(begin) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
