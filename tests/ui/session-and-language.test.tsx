// @vitest-environment jsdom
// Saved progress across reloads, tampered saves, and switching language mid-way.
import { screen, waitFor, within } from '@testing-library/react';
import { SESSION_KEY } from '../../src/boundaries/session-store';
import { questionText } from '../../src/i18n/keys';
import { answer, heading, memoryStorage, optionInput, renderGuide } from '../support/render';

describe('saved progress', () => {
  it('survives a new visit: the start screen offers to continue where the person left off', async () => {
    const store = memoryStorage();
    const first = await renderGuide({ store, preload: {} });
    await answer(first, 'debt_type', 'bank_loan');
    await answer(first, 'debt_recognised', 'amount_disputed');
    first.unmount();

    const r = await renderGuide({ store });
    expect(screen.getByText(r.i18n.t(($) => $.start.saved_body, { count: 2 }))).toBeInTheDocument();
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.start.continue) }));
    expect(heading(r.i18n, 'collector')).toHaveFocus();
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.back) }));
    await waitFor(() => expect(heading(r.i18n, 'debt_recognised')).toHaveFocus());
    expect(optionInput(r.i18n, 'debt_recognised', 'amount_disputed')).toBeChecked();
  });

  it('survives a reload: the person is back on the question they were on', async () => {
    const store = memoryStorage();
    const first = await renderGuide({ store, preload: {} });
    await answer(first, 'debt_type', 'bank_loan');
    await answer(first, 'debt_recognised', 'amount_disputed');
    await first.user.click(screen.getByRole('button', { name: first.i18n.t(($) => $.nav.back) }));
    await waitFor(() => expect(heading(first.i18n, 'debt_recognised')).toHaveFocus());
    first.unmount();

    const r = await renderGuide({ store, reload: true });
    expect(heading(r.i18n, 'debt_recognised')).toHaveFocus();
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.back) }));
    await waitFor(() => expect(heading(r.i18n, 'debt_type')).toHaveFocus());
    expect(optionInput(r.i18n, 'debt_type', 'bank_loan')).toBeChecked();
  });

  it('keeps what is valid in a tampered save, names what was dropped, and writes nothing until the person acts', async () => {
    const tampered = JSON.stringify({
      v: 1,
      answers: {
        debt_type: 'bank_loan',
        debt_recognised: 'maybe',
        collector: ['agency'],
        hacked: '<img src=x onerror=alert(1)>',
      },
    });
    const store = memoryStorage({ [SESSION_KEY]: tampered });
    const r = await renderGuide({ store });
    expect(screen.getByText(r.i18n.t(($) => $.session.partial_title))).toBeInTheDocument();
    expect(screen.getByText(questionText(r.i18n.t, 'debt_recognised').title)).toBeInTheDocument();
    expect(screen.getByText(questionText(r.i18n.t, 'collector').title)).toBeInTheDocument();
    expect(screen.getByText(r.i18n.t(($) => $.session.unknown_item))).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(store.getItem(SESSION_KEY)).toBe(tampered);

    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.start.continue) }));
    expect(heading(r.i18n, 'debt_recognised')).toBeInTheDocument();
    expect(JSON.parse(store.getItem(SESSION_KEY) ?? '')).toEqual({
      v: 1,
      answers: { debt_type: 'bank_loan' },
    });
  });

  it('says calmly when a save cannot be read at all, and still starts', async () => {
    const store = memoryStorage({ [SESSION_KEY]: '{"v":7,' });
    const r = await renderGuide({ store });
    expect(screen.getByText(r.i18n.t(($) => $.session.unreadable_title))).toBeInTheDocument();
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.start.begin) }));
    expect(heading(r.i18n, 'debt_type')).toBeInTheDocument();
  });

  it('works when storage is switched off, and says answers will not be kept', async () => {
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const r = await renderGuide({ store: broken });
    expect(screen.getByText(r.i18n.t(($) => $.session.storage_off))).toBeInTheDocument();
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.start.begin) }));
    await answer(r, 'debt_type', 'bank_loan');
    expect(heading(r.i18n, 'debt_recognised')).toBeInTheDocument();
  });
});

describe('switching language mid-way', () => {
  it('changes every word and keeps every answer', async () => {
    const r = await renderGuide({ preload: {} });
    await answer(r, 'debt_type', 'private_lender');
    const select = screen.getByRole('combobox', { name: r.i18n.t(($) => $.nav.language) });
    await r.user.selectOptions(select, 'en');
    await waitFor(() => expect(r.i18n.language).toBe('en'));
    expect(heading(r.i18n, 'debt_recognised')).toHaveTextContent(
      questionText(r.i18n.getFixedT('en'), 'debt_recognised').title,
    );
    expect(document.documentElement.lang).toBe('en');
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.back) }));
    expect(optionInput(r.i18n, 'debt_type', 'private_lender')).toBeChecked();
    expect(
      within(document.body).queryByText(questionText(r.i18n.getFixedT('zh-CN'), 'debt_type').title),
    ).toBeNull();
  });
});
