// @vitest-environment jsdom
// The debts list from the start screen: a balance that is not a number is refused beside its
// field and kept as typed; a saved debt is kept across a reload and cleared with the answers.
import { screen } from '@testing-library/react';
import money from '../../locales/zh-CN/money.json';
import ui from '../../locales/zh-CN/ui.json';
import { DEBTS_KEY } from '../../src/boundaries/kept-with-answers';
import { preloadLazyBundles } from '../support/lazy-bundles';
import { memoryStorage, renderGuide, type Rendered } from '../support/render';

const wait = { timeout: 10_000 };
const field = (name: string) => screen.getByRole('textbox', { name });

async function openDebts(r: Rendered) {
  await r.user.click(await screen.findByRole('button', { name: ui.start.money }, wait));
  await screen.findByRole('heading', { level: 1, name: money.debts.heading }, wait);
}

describe('debts list', { timeout: 20_000 }, () => {
  beforeAll(preloadLazyBundles);

  it('refuses what is not a number, keeps it as typed, then saves the debt', async () => {
    const store = memoryStorage();
    const r = await renderGuide({ store });
    await openDebts(r);
    await r.user.type(field(money.debts.lender), '某某花');
    await r.user.type(field(money.debts.balance), '一千二');
    await r.user.click(screen.getByRole('button', { name: money.debts.save }));
    expect(screen.getByRole('alert')).toHaveTextContent(money.amount_error.not_a_number);
    expect(field(money.debts.balance)).toHaveValue('一千二');
    expect(store.data.has(DEBTS_KEY)).toBe(false);

    await r.user.clear(field(money.debts.balance));
    await r.user.type(field(money.debts.balance), '1.2万');
    await r.user.click(screen.getByRole('button', { name: money.debts.save }));
    expect(await screen.findByText('某某花')).toBeInTheDocument();
    expect(JSON.parse(store.data.get(DEBTS_KEY) ?? '[]')).toMatchObject([
      { lender: '某某花', balance: 12000, kind: 'online_lender', judgment: false },
    ]);
  });

  it('keeps the debts across a visit, and clears them with the answers', async () => {
    const store = memoryStorage({
      [DEBTS_KEY]: JSON.stringify([
        { id: 'a', lender: '甲', kind: 'bank_loan', balance: 100, judgment: false },
        { id: 'b', lender: '乙', kind: 'nonsense', balance: 100, judgment: false },
      ]),
    });
    const r = await renderGuide({ store });
    await openDebts(r);
    expect(screen.getByText('甲')).toBeInTheDocument();
    expect(screen.queryByText('乙')).toBeNull();
    expect(screen.getByText(money.dropped.replace('{{count}}', '1'))).toBeInTheDocument();
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.clear) }));
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.clear.confirm) }));
    expect(store.data.has(DEBTS_KEY)).toBe(false);
  });
});
