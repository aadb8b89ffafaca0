// fast-check arbitraries for the money tools: every amount is whole fen, so every generated yuan
// figure is one a person could type.
import fc from 'fast-check';
import type { Budget } from '../../../flows/money/budget';
import { DEBT_KINDS } from '../../../flows/money/debt-kinds';
import type { Debt } from '../../../flows/money/debts';

/** Yuan with at most 2 decimals, from `min` to `max` fen. */
export const yuanArb = (min: number, max: number) =>
  fc.integer({ min, max }).map((fen) => fen / 100);

export const budgetArb: fc.Arbitrary<Budget> = fc.record({
  income: fc.array(fc.record({ label: fc.constant(''), amount: yuanArb(0, 3_000_000) }), {
    maxLength: 4,
  }),
  spending: fc.record(
    {
      housing: yuanArb(0, 500_000),
      food: yuanArb(0, 300_000),
      medical: yuanArb(0, 300_000),
    },
    { requiredKeys: [] },
  ),
});

const debtArb = (id: string): fc.Arbitrary<Debt> =>
  fc
    .record({
      kind: fc.constantFrom(...DEBT_KINDS),
      balance: yuanArb(1, 100_000_000),
      contract_monthly: fc.option(yuanArb(0, 1_000_000), { nil: undefined }),
      judgment: fc.boolean(),
      judgment_monthly: fc.option(yuanArb(1, 2_000_000), { nil: undefined }),
    })
    .map(({ contract_monthly, judgment_monthly, ...rest }) => ({
      id,
      lender: `lender ${id}`,
      ...rest,
      ...(contract_monthly === undefined ? {} : { contract_monthly }),
      ...(judgment_monthly === undefined ? {} : { judgment_monthly }),
    }));

/** One to eight debts with distinct ids, judgments or not, balances sometimes equal. */
export const debtsArb: fc.Arbitrary<Debt[]> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => debtArb(`d${i}`))))
  .chain((debts) =>
    // Copy some balances onto others, so ties are tried.
    fc.array(fc.nat(debts.length - 1), { maxLength: 3 }).map((from) =>
      debts.map((debt, i) => {
        const source = debts[from[i] ?? i];
        return from.includes(i) || source === undefined
          ? debt
          : { ...debt, balance: source.balance };
      }),
    ),
  );
