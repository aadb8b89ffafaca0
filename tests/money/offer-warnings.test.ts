import type { Budget } from '../../flows/money/budget';
import type { Debt } from '../../flows/money/debts';
import { makeOffer } from '../../flows/money/offer';
import { offerWarnings } from '../../flows/money/offer-warnings';

const budget = (available: number): Budget => ({
  income: [{ label: '', amount: available }],
  spending: {},
});
const debt = (id: string, balance: number, extra: Partial<Debt> = {}): Debt => ({
  id,
  lender: id,
  kind: 'bank_loan',
  balance,
  judgment: false,
  ...extra,
});
const warningsFor = (available: number, debts: Debt[]) =>
  offerWarnings(makeOffer(budget(available), debts), debts);

describe('offer warnings', () => {
  it('warns where a share is below half the contractual payment', () => {
    // 1000 split 1 : 1: 500 each. 500 < 1001 / 2 warns; 500 is not below 1000 / 2.
    const debts = [
      debt('a', 10_000, { contract_monthly: 1001 }),
      debt('b', 10_000, { contract_monthly: 1000 }),
    ];
    expect(warningsFor(1000, debts)).toEqual([{ kind: 'far_below_contract', id: 'a' }]);
  });

  it('says only that nothing is available when nothing is', () => {
    const debts = [debt('a', 10_000, { contract_monthly: 1000, judgment: true })];
    expect(warningsFor(0, debts)).toEqual([{ kind: 'no_surplus' }]);
  });

  it('names the judgment debts that cannot be paid in full', () => {
    const debts = [
      debt('a', 10_000, { judgment: true, judgment_monthly: 800 }),
      debt('b', 10_000, { judgment: true, judgment_monthly: 800 }),
      debt('c', 10_000, { judgment: true, judgment_monthly: 800 }),
    ];
    expect(warningsFor(1000, debts)).toEqual([{ kind: 'short_of_judgments', ids: ['b', 'c'] }]);
  });

  it('asks for the monthly amount of a judgment debt that lacks it', () => {
    expect(warningsFor(1000, [debt('a', 10_000, { judgment: true })])).toEqual([
      { kind: 'judgment_without_monthly', id: 'a' },
    ]);
  });
});
