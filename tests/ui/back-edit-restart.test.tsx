// @vitest-environment jsdom
// Changing an earlier answer, the links from advice to answers, restart and clearing.
import { screen, within } from '@testing-library/react';
import { SESSION_KEY } from '../../src/boundaries/session-store';
import { actionText, questionText } from '../../src/i18n/keys';
import { answer, heading, memoryStorage, optionInput, renderGuide } from '../support/render';
import { WRITTEN_KEPT } from '../support/fixtures';

describe('changing an earlier answer from the review', () => {
  it('keeps the answers that still apply, asks only what is new, and says what no longer counts', async () => {
    const r = await renderGuide({ preload: WRITTEN_KEPT });
    const answers = screen.getByRole('region', { name: r.i18n.t(($) => $.review.heading) });
    const agreementTitle = questionText(r.i18n.t, 'agreement').title;
    await r.user.click(
      within(answers).getByRole('button', {
        name: r.i18n.t(($) => $.review.change_named, { question: agreementTitle }),
      }),
    );
    expect(heading(r.i18n, 'agreement')).toHaveFocus();
    expect(optionInput(r.i18n, 'agreement', 'written')).toBeChecked();
    await answer(r, 'agreement', 'none');
    // can_repay is new; rate_concern, legal_action and wellbeing are kept.
    expect(heading(r.i18n, 'can_repay')).toBeInTheDocument();
    await answer(r, 'can_repay', 'not_now');
    expect(
      screen.getByRole('heading', { level: 1, name: r.i18n.t(($) => $.result.heading) }),
    ).toBeInTheDocument();
    const notice = screen.getByRole('status', { name: r.i18n.t(($) => $.edit.dropped_title) });
    expect(notice).toHaveTextContent(questionText(r.i18n.t, 'keeping_agreement').title);
    expect(notice).toHaveTextContent(questionText(r.i18n.t, 'collection_after_agreement').title);
    expect(
      screen.queryByRole('heading', {
        name: new RegExp(actionText(r.i18n.t, 'ask_creditor_to_notify_collector').title),
      }),
    ).toBeNull();

    await r.user.click(within(notice).getByRole('button', { name: r.i18n.t(($) => $.edit.undo) }));
    expect(
      screen.getByRole('heading', {
        name: new RegExp(actionText(r.i18n.t, 'ask_creditor_to_notify_collector').title),
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('status', { name: r.i18n.t(($) => $.edit.dropped_title) }),
    ).toBeNull();
  });

  it('links each reason on an action to the answer behind it', async () => {
    const r = await renderGuide({ preload: WRITTEN_KEPT });
    const card = screen.getByRole('article', {
      name: new RegExp(actionText(r.i18n.t, 'report_privacy_violation').title),
    });
    const conductTitle = questionText(r.i18n.t, 'conduct').title;
    await r.user.click(
      within(card).getByRole('button', {
        name: r.i18n.t(($) => $.result.change_answer, { question: conductTitle }),
      }),
    );
    expect(heading(r.i18n, 'conduct')).toHaveFocus();
    expect(optionInput(r.i18n, 'conduct', 'third_party_contact')).toBeChecked();
  });
});

describe('restart', () => {
  it('asks to confirm, then clears every answer', async () => {
    const store = memoryStorage();
    const r = await renderGuide({ preload: WRITTEN_KEPT, store });
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.restart) }));
    const dialog = screen.getByRole('alertdialog', {
      name: r.i18n.t(($) => $.restart.confirm_title),
    });
    await r.user.click(
      within(dialog).getByRole('button', { name: r.i18n.t(($) => $.restart.cancel) }),
    );
    expect(
      screen.getByRole('heading', { level: 1, name: r.i18n.t(($) => $.result.heading) }),
    ).toBeInTheDocument();

    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.restart) }));
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.restart.confirm) }));
    expect(heading(r.i18n, 'debt_type')).toHaveFocus();
    expect(optionInput(r.i18n, 'debt_type', 'online_lender')).not.toBeChecked();
    expect(JSON.parse(store.getItem(SESSION_KEY) ?? '{}')).toEqual({ v: 1, answers: {} });
  });

  it('clears the answers from the device for a shared phone', async () => {
    const store = memoryStorage();
    const r = await renderGuide({ preload: WRITTEN_KEPT, store });
    expect(store.getItem(SESSION_KEY)).not.toBeNull();
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.clear) }));
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.clear.confirm) }));
    expect(store.getItem(SESSION_KEY)).toBeNull();
    expect(screen.getByText(r.i18n.t(($) => $.clear.done))).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: r.i18n.t(($) => $.start.begin) }),
    ).toBeInTheDocument();
  });
});
