// @vitest-environment jsdom
// Taking the plan away: the share link restores these answers, the plain text carries the whole
// plan with its phone numbers and legal basis, and printing opens the legal basis.
import { fireEvent, screen } from '@testing-library/react';
import type { Answers } from '../../flows/debt-collection/answers';
import { phoneOf } from '../../flows/debt-collection/legal-facts';
import { planFor } from '../../flows/debt-collection/plan';
import { takeaway as en } from '../../locales/en/takeaway.json';
import { takeaway as zhCN } from '../../locales/zh-CN/takeaway.json';
import { readShareFragment } from '../../src/boundaries/share-link';
import { actionText, factText } from '../../src/i18n/keys';
import type { Language } from '../../src/i18n/languages';
import { preloadLazyBundles } from '../support/lazy-bundles';
import { renderGuide } from '../support/render';

const answers: Answers = {
  debt_type: 'bank_credit_card',
  debt_recognised: 'not_mine',
  collector: 'claims_authority',
  conduct: ['odd_hours', 'threats', 'disclosure'], // catalogue order, as links restore it
  legal_action: 'summons',
  wellbeing: 'crisis',
};
const plan = planFor(answers);
if (!plan.complete) throw new Error('the example must be a complete path');
const STRINGS: Record<Language, typeof zhCN> = { 'zh-CN': zhCN, 'zh-Hant': zhCN, en };
const wait = { timeout: 10_000 };

describe('take the plan away', { timeout: 20_000 }, () => {
  beforeAll(preloadLazyBundles);

  it('shares a link that restores exactly these answers, with a warning beside it', async () => {
    await renderGuide({ preload: answers });
    const link = await screen.findByRole<HTMLInputElement>(
      'textbox',
      { name: zhCN.share.label },
      wait,
    );
    const url = new URL(link.value);
    expect(url.origin).toBe(window.location.origin);
    expect(readShareFragment(url.hash)).toEqual({ kind: 'ok', answers });
    expect(link).toHaveAccessibleDescription(zhCN.share.warning);
  });

  it.each(['zh-CN', 'en'] as const)(
    'copies the whole plan as plain text (%s)',
    async (language) => {
      const r = await renderGuide({ preload: answers, language }); // user-event stands in for the clipboard
      const s = STRINGS[language];
      fireEvent.click(await screen.findByRole('button', { name: s.copy_text.button }, wait));
      // The status region is there (empty) from the start: wait for the words, copying is async.
      expect(await screen.findByText(s.copy_text.copied, {}, wait)).toHaveAttribute(
        'role',
        'status',
      );
      const text = await navigator.clipboard.readText();
      for (const action of plan.actions) {
        const words = actionText(r.i18n.t, action.id);
        expect(text).toContain(words.title);
        for (const step of words.steps) expect(text).toContain(step);
        for (const fact of action.cites) expect(text).toContain(factText(r.i18n.t, fact).name);
        for (const fact of action.contacts) expect(text).toContain(phoneOf(fact));
      }
      expect(text).toContain(r.i18n.t(($) => $.assessment.scam.title));
      expect(text).not.toMatch(/\{\{|undefined/);
    },
  );

  it('prints with the legal basis open, and closes it again after', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await renderGuide({ preload: answers });
    fireEvent.click(await screen.findByRole('button', { name: zhCN.print.button }, wait));
    expect(print).toHaveBeenCalledOnce();
    const details = [...document.querySelectorAll('details')];
    expect(details.length).toBeGreaterThan(5);
    expect(details.every((d) => !d.open)).toBe(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.every((d) => !d.open)).toBe(true);
    print.mockRestore();
  });
});
