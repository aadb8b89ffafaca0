// The debts list and the budget on the device: read back item by item, so one damaged debt or
// budget line never costs the rest; saved and cleared under their own keys.
import type { Debt } from '../../flows/money/debts';
import {
  BUDGET_KEY,
  DEBTS_KEY,
  LAST_LOAN_KEY,
  clearKeptWithAnswers,
} from '../../src/boundaries/kept-with-answers';
import {
  loadBudget,
  loadDebts,
  loadLastLoan,
  saveBudget,
  saveDebts,
  saveLastLoan,
} from '../../src/boundaries/money-store';
import { safeStorage } from '../../src/boundaries/storage';
import { memoryStorage } from '../support/render';

const debt: Debt = {
  id: 'a',
  lender: '某某借呗',
  kind: 'online_lender',
  balance: 5000,
  judgment: false,
};

function storeWith(values: Record<string, string> = {}) {
  const store = memoryStorage(values);
  return { store, storage: safeStorage(() => store) };
}

describe('money storage', () => {
  it('reads nothing saved as an empty list and an empty budget', () => {
    const { storage } = storeWith();
    expect(loadDebts(storage)).toEqual({ value: [], dropped: 0 });
    expect(loadBudget(storage)).toEqual({ value: { income: [], spending: {} }, dropped: 0 });
  });

  it('saves, reads back, and clears both', () => {
    const { store, storage } = storeWith();
    const budget = { income: [{ label: '工资', amount: 6000 }], spending: { food: 1200 } };
    expect(saveDebts(storage, [debt])).toBe(true);
    expect(saveBudget(storage, budget)).toBe(true);
    expect(loadDebts(storage)).toEqual({ value: [debt], dropped: 0 });
    expect(loadBudget(storage)).toEqual({ value: budget, dropped: 0 });
    clearKeptWithAnswers(storage);
    expect(store.data.has(DEBTS_KEY)).toBe(false);
    expect(store.data.has(BUDGET_KEY)).toBe(false);
  });

  it('keeps the readable debts and counts the rest', () => {
    const broken = [debt, { ...debt, id: 'b', balance: -1 }, { ...debt, id: 'a' }, 'x'];
    const { storage } = storeWith({ [DEBTS_KEY]: JSON.stringify(broken) });
    expect(loadDebts(storage)).toEqual({ value: [debt], dropped: 3 });
  });

  it('keeps the readable budget lines and counts the rest', () => {
    const raw = {
      income: [
        { label: '工资', amount: 6000 },
        { label: '兼职', amount: 'lots' },
      ],
      spending: { food: 1200, rent: 3 },
    };
    const { storage } = storeWith({ [BUDGET_KEY]: JSON.stringify(raw) });
    expect(loadBudget(storage)).toEqual({
      value: { income: [{ label: '工资', amount: 6000 }], spending: { food: 1200 } },
      dropped: 2,
    });
  });

  it('reads text that is not JSON, or not a list, as one thing that could not be read', () => {
    expect(loadDebts(storeWith({ [DEBTS_KEY]: '{oops' }).storage)).toEqual({
      value: [],
      dropped: 1,
    });
    expect(loadDebts(storeWith({ [DEBTS_KEY]: '{}' }).storage)).toEqual({ value: [], dropped: 1 });
    expect(loadBudget(storeWith({ [BUDGET_KEY]: '[]' }).storage).dropped).toBe(1);
  });
});

describe('the last loan computed', () => {
  const loan = {
    received: 1400,
    contract_principal: 2000,
    schedule: { count: 1, every: 'week', amount: 2000 },
  } as const;

  it('is read back as saved, and cleared with the answers', () => {
    const { store, storage } = storeWith();
    expect(loadLastLoan(storage)).toBeNull();
    expect(saveLastLoan(storage, loan)).toBe(true);
    expect(loadLastLoan(storage)).toEqual(loan);
    clearKeptWithAnswers(storage);
    expect(store.data.has(LAST_LOAN_KEY)).toBe(false);
    expect(loadLastLoan(storage)).toBeNull();
  });

  it('is forgotten when what was kept is not a loan', () => {
    for (const raw of ['{', '[]', JSON.stringify({ ...loan, received: -5 })]) {
      expect(loadLastLoan(storeWith({ [LAST_LOAN_KEY]: raw }).storage)).toBeNull();
    }
  });
});
