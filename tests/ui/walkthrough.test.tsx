// @vitest-environment jsdom
// A person's journey through the guide, by role and label.
import { screen, within } from '@testing-library/react';
import { planFor } from '../../flows/debt-collection/plan';
import { actionText } from '../../src/i18n/keys';
import { answer, answerAll, heading, optionInput, renderGuide } from '../support/render';
import { CARD_INSTALMENTS } from '../support/fixtures';
import { expectedQuestions } from '../support/oracle';

describe('walking the guide', () => {
  it('goes from the start screen through every question to the action list', async () => {
    const r = await renderGuide();
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.start.begin) }));
    await answerAll(r, CARD_INSTALMENTS, expectedQuestions(CARD_INSTALMENTS));
    expect(
      screen.getByRole('heading', { level: 1, name: r.i18n.t(($) => $.result.heading) }),
    ).toBeInTheDocument();
    const plan = planFor(CARD_INSTALMENTS);
    if (!plan.complete) throw new Error('incomplete');
    for (const action of plan.actions) {
      expect(
        screen.getByRole('heading', {
          level: 3,
          name: new RegExp(actionText(r.i18n.t, action.id).title),
        }),
      ).toBeInTheDocument();
    }
    const today = screen.queryByRole('heading', {
      level: 2,
      name: new RegExp(r.i18n.t(($) => $.result.group.urgent)),
    });
    expect(today).toBeNull();
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: new RegExp(r.i18n.t(($) => $.result.group.soon)),
      }),
    ).toBeInTheDocument();
  });

  it('moves focus to each new question heading and says where the person is', async () => {
    const r = await renderGuide({ preload: { debt_type: 'bank_loan' } });
    expect(heading(r.i18n, 'debt_recognised')).toHaveFocus();
    expect(
      screen.getByText(r.i18n.t(($) => $.ask.progress, { position: 2, total: 8 })),
    ).toBeInTheDocument();
    await answer(r, 'debt_recognised', 'yes');
    expect(heading(r.i18n, 'collector')).toHaveFocus();
  });

  it('asks for a choice before continuing, and says so to screen readers', async () => {
    const r = await renderGuide({ preload: {} });
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.continue) }));
    expect(screen.getByRole('alert')).toHaveTextContent(r.i18n.t(($) => $.ask.error_required));
    expect(heading(r.i18n, 'debt_type')).toBeInTheDocument();
  });

  it('lets "reminders only" stand alone on the conduct question', async () => {
    const r = await renderGuide({
      preload: { debt_type: 'bank_loan', debt_recognised: 'yes', collector: 'creditor' },
    });
    await r.user.click(optionInput(r.i18n, 'conduct', 'threats'));
    await r.user.click(optionInput(r.i18n, 'conduct', 'reminders_only'));
    expect(optionInput(r.i18n, 'conduct', 'threats')).not.toBeChecked();
    await r.user.click(optionInput(r.i18n, 'conduct', 'insults'));
    expect(optionInput(r.i18n, 'conduct', 'reminders_only')).not.toBeChecked();
  });

  it('goes back with the earlier answer still chosen', async () => {
    const r = await renderGuide({ preload: {} });
    await answer(r, 'debt_type', 'online_lender');
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.back) }));
    expect(heading(r.i18n, 'debt_type')).toHaveFocus();
    expect(optionInput(r.i18n, 'debt_type', 'online_lender')).toBeChecked();
  });

  it('goes back from the first question to the start screen', async () => {
    const r = await renderGuide({ preload: {} });
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.back) }));
    expect(
      screen.getByRole('heading', { level: 1, name: r.i18n.t(($) => $.start.heading) }),
    ).toBeInTheDocument();
  });

  it('shows the crisis and police actions first, marked urgent in words', async () => {
    const r = await renderGuide({
      preload: { ...CARD_INSTALMENTS, conduct: ['threats'], wellbeing: 'crisis' },
    });
    const cards = screen.getAllByRole('article');
    expect(within(cards[0]!).getByRole('heading', { level: 3 })).toHaveTextContent(
      actionText(r.i18n.t, 'crisis_support').title,
    );
    expect(within(cards[1]!).getByRole('heading', { level: 3 })).toHaveTextContent(
      actionText(r.i18n.t, 'call_police').title,
    );
    expect(within(cards[0]!).getByText(r.i18n.t(($) => $.result.urgent_badge))).toBeInTheDocument();
    const calls = within(cards[1]!)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('tel:'));
    expect(calls.map((a) => a.getAttribute('href'))).toEqual(['tel:110']);
    expect(calls[0]).toHaveTextContent('110');
  });
});
