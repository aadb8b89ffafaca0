import type { Budget } from '../../flows/money/budget';
import type { Debt } from '../../flows/money/debts';
import { makeOffer } from '../../flows/money/offer';

const budgetWith = (available: number): Budget => ({
  income: [{ label: '工资', amount: available + 3000 }],
  spending: { housing: 1800, food: 1200 },
});

let next = 0;
function debt(balance: number, extra: Partial<Debt> = {}): Debt {
  next += 1;
  return {
    id: `d${next}`,
    lender: `贷款${next}`,
    kind: 'online_lender',
    balance,
    judgment: false,
    ...extra,
  };
}
const judged = (balance: number, judgment_monthly: number) =>
  debt(balance, { judgment: true, judgment_monthly });

const sharesOf = (budget: Budget, debts: Debt[]) =>
  makeOffer(budget, debts).shares.map((s) => s.share);

describe('the offer', () => {
  it('rounds what is available down to whole yuan', () => {
    const offer = makeOffer({ income: [{ label: '', amount: 5000.99 }], spending: { food: 0.5 } }, [
      debt(100),
    ]);
    expect(offer.available).toBe(5000);
    expect(offer.status).toBe('ok');
  });

  it('pays judgment debts first, each rounded up to whole yuan, then shares the rest', () => {
    const a = debt(10_000);
    const b = judged(50_000, 1000.4);
    expect(makeOffer(budgetWith(3000), [a, b])).toEqual({
      available: 3000,
      status: 'ok',
      shares: [
        { id: a.id, share: 1999, months_to_clear: 6 },
        { id: b.id, share: 1001, months_to_clear: 50 },
      ],
    });
  });

  it('splits in proportion to balance, leftover yuan to the largest balances', () => {
    // 10 × (100, 300, 200) / 600 = 1.67, 5, 3.33: floors 1, 5, 3; the one yuan left goes to 300.
    expect(sharesOf(budgetWith(10), [debt(100), debt(300), debt(200)])).toEqual([1, 6, 3]);
  });

  it('gives leftover yuan to equal balances in list order', () => {
    // 7 × (1, 2, 2) / 5 = 1.4, 2.8, 2.8: floors 1, 2, 2; two yuan left, to the two balances of 2.
    expect(sharesOf(budgetWith(7), [debt(1), debt(2), debt(2)])).toEqual([1, 3, 3]);
    // 100 / 3 each: 33, 33, 33 and one yuan to the first of the equal balances.
    expect(sharesOf(budgetWith(100), [debt(5), debt(5), debt(5)])).toEqual([34, 33, 33]);
  });

  it('shares what remains over all the debts when every debt has a judgment', () => {
    // 500 + 300 first; the 1000 left split 1 : 3 on top.
    expect(sharesOf(budgetWith(1800), [judged(10_000, 500), judged(30_000, 300)])).toEqual([
      750, 1050,
    ]);
  });

  it('gives a judgment debt that cannot be covered what is left, and says so', () => {
    const offer = makeOffer(budgetWith(1500), [
      judged(20_000, 1000),
      judged(9000, 800),
      debt(5000),
    ]);
    expect(offer.status).toBe('short_of_judgments');
    expect(offer.shares.map((s) => s.share)).toEqual([1000, 500, 0]);
    expect(offer.shares[2]?.months_to_clear).toBeNull();
  });

  it('is ok when the judgments take exactly what is available', () => {
    const offer = makeOffer(budgetWith(1800), [
      judged(20_000, 1000),
      judged(9000, 800),
      debt(5000),
    ]);
    expect(offer.status).toBe('ok');
    expect(offer.shares.map((s) => s.share)).toEqual([1000, 800, 0]);
  });

  it('shares a judgment debt with no monthly amount like any other debt', () => {
    const noAmount = debt(3000, { judgment: true });
    expect(sharesOf(budgetWith(400), [judged(10_000, 100), noAmount, debt(6000)])).toEqual([
      100, 100, 200,
    ]);
  });

  it.each([
    ['nothing left', 3000, 3000],
    ['less than a yuan left', 3000.99, 3000],
    ['spending more than income', 2500, 3000],
  ])('has no surplus with %s, and every share is 0', (_, income, spending) => {
    const offer = makeOffer(
      { income: [{ label: '', amount: income }], spending: { housing: spending } },
      [judged(1000, 100), debt(500)],
    );
    expect(offer.status).toBe('no_surplus');
    expect(offer.available).toBeLessThanOrEqual(0);
    expect(offer.shares.map((s) => [s.share, s.months_to_clear])).toEqual([
      [0, null],
      [0, null],
    ]);
  });

  it('reports a shortfall rounded down, as the available figure', () => {
    expect(
      makeOffer({ income: [{ label: '', amount: 2500 }], spending: { housing: 3000.5 } }, [])
        .available,
    ).toBe(-501);
  });

  it('counts months to clear with the last part-month', () => {
    const offer = makeOffer(budgetWith(1000), [debt(12_000.5)]);
    expect(offer.shares[0]).toMatchObject({ share: 1000, months_to_clear: 13 });
    expect(makeOffer(budgetWith(1000), [debt(12_000)]).shares[0]?.months_to_clear).toBe(12);
  });

  it('stays exact where a split in floating point would be one yuan off', () => {
    // 202,404,319 × 3,211,630.04 / 10,437,797.63 is exactly 62,278,252; in floating point the
    // product passes 2^53 and the quotient comes out just under, which moves a yuan to the other.
    const debts = [debt(7_226_167.59), debt(3_211_630.04)];
    const offer = makeOffer({ income: [{ label: '', amount: 202_404_319 }], spending: {} }, debts);
    expect(offer.shares.map((s) => s.share)).toEqual([140_126_067, 62_278_252]);
  });
});
