// @vitest-environment jsdom
// The result screen's version-2 rules: no "lawful" reassurance beside a scam warning; the legal
// basis shows official citations and links only to official sites; call buttons that do what they
// say (local 12368, 12321 by text message, no 12378 for lenders it does not cover, 120 in crisis).
import { cleanup, screen, within } from '@testing-library/react';
import type { Answers } from '../../flows/debt-collection/answers';
import { OFFICIAL_SITES } from '../../flows/debt-collection/legal-facts';
import { isOfficialHost } from '../support/citations';
import { renderGuide } from '../support/render';

const DENIED_REMINDERS: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'not_mine',
  collector: 'creditor',
  conduct: ['reminders_only'],
  rate_concern: 'no',
  legal_action: 'threatened',
  wellbeing: 'crisis',
};
const CARD_CALLS: Answers = {
  debt_type: 'bank_credit_card',
  debt_recognised: 'yes',
  collector: 'creditor',
  conduct: ['odd_hours', 'third_party_contact'],
  agreement: 'none',
  can_repay: 'full',
  legal_action: 'none',
  wellbeing: 'coping',
};

/** The links on the result itself (the header's quick exit is the app shell's, not a source). */
function hrefs(): string[] {
  return [...document.querySelectorAll('section.result a[href]')].map(
    (a) => a.getAttribute('href') ?? '',
  );
}

describe('the result screen', () => {
  afterEach(cleanup);

  it('says what the scam warning says instead of "lawful" beside it', async () => {
    const r = await renderGuide({ preload: DENIED_REMINDERS });
    const t = r.i18n.t;
    expect(screen.getByRole('alert')).toHaveTextContent(t(($) => $.assessment.scam.title));
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).not.toContain(t(($) => $.assessment.lawful.title));
    expect(titles).toContain(t(($) => $.assessment.unverified.title));
  });

  it('still reassures when the collection is lawful and nothing suggests a scam', async () => {
    const r = await renderGuide({
      preload: { ...CARD_CALLS, conduct: ['reminders_only'] },
    });
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toContain(r.i18n.t(($) => $.assessment.lawful.title));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows official citations, and links only to official sites', async () => {
    const r = await renderGuide({ preload: CARD_CALLS });
    const t = r.i18n.t;
    expect(document.body).toHaveTextContent(t(($) => $.fact.civil_privacy.citation));
    expect(document.body).toHaveTextContent(t(($) => $.fact.card_guarantor_only.citation));
    const web = hrefs().filter((href) => /^https?:/.test(href));
    expect(web).toContain('https://flk.npc.gov.cn');
    for (const href of web)
      expect(isOfficialHost(new URL(href).hostname, OFFICIAL_SITES), href).toBe(true);
    for (const href of hrefs()) expect(href).toMatch(/^(https:|tel:|sms:|#)/);
  });

  it('offers 12321 as a text message and its website, and 12378 for a bank', async () => {
    const r = await renderGuide({ preload: CARD_CALLS });
    const link12321 = screen.getByRole('link', {
      name: r.i18n.t(($) => $.fact.hotline_12321.call),
    });
    expect(link12321).toHaveAttribute('href', 'sms:12321');
    expect(
      screen.getByRole('link', { name: r.i18n.t(($) => $.fact.hotline_12321.site) }),
    ).toHaveAttribute('href', 'https://www.12321.cn');
    expect(hrefs()).not.toContain('tel:12321');
    expect(hrefs()).toContain('tel:12378');
  });

  it.each(['private_lender', 'unlicensed_online'] as const)(
    'offers no 12378 button for a %s debt',
    async (debt_type) => {
      await renderGuide({
        preload: { ...CARD_CALLS, debt_type, rate_concern: 'yes' },
      });
      expect(hrefs()).not.toContain('tel:12378');
    },
  );

  it('labels 12368 as the local court line, and offers 120 to a person in crisis', async () => {
    const r = await renderGuide({ preload: DENIED_REMINDERS });
    const local = screen.getAllByRole('link', { name: r.i18n.t(($) => $.fact.hotline_12368.call) });
    for (const link of local) expect(link).toHaveAttribute('href', 'tel:12368');
    const crisis = screen.getByRole('article', {
      name: new RegExp(r.i18n.t(($) => $.action.crisis_support.title)),
    });
    expect(within(crisis).getByRole('link', { name: /120/ })).toHaveAttribute('href', 'tel:120');
  });
});
