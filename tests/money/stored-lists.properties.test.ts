// Stored lists are read item by item: whatever is damaged, every intact item survives, in order.
import fc from 'fast-check';
import { BudgetSchema, salvageBudget } from '../../flows/money/budget';
import { DebtsSchema, salvageDebts } from '../../flows/money/debts';
import { MAX_LIST_LENGTH } from '../../flows/money/money-units';
import { budgetArb, debtsArb } from './support/money-arbitraries';

const junkArb = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.integer(),
  fc.record({ id: fc.string(), balance: fc.double() }),
);

describe('the stored debts list', () => {
  it('keeps every intact debt, in order, and names the position of every damaged one', () => {
    fc.assert(
      fc.property(
        debtsArb,
        fc.array(fc.tuple(fc.nat(8), junkArb), { maxLength: 4 }),
        (debts, junk) => {
          const stored: unknown[] = [...debts];
          for (const [at, item] of junk) stored.splice(Math.min(at, stored.length), 0, item);
          const { debts: kept, unreadable } = salvageDebts(JSON.parse(JSON.stringify(stored)));
          expect(kept).toEqual(debts);
          expect(DebtsSchema.safeParse(kept).success).toBe(true);
          expect(unreadable.map((u) => u.index)).toEqual(
            stored.flatMap((item, i) => (debts.includes(item as never) ? [] : [i])),
          );
        },
      ),
    );
  });

  it('reads no more than the most a list may hold, and says so', () => {
    const one = { id: '', lender: 'x', kind: 'unknown', balance: 1, judgment: false };
    const many = Array.from({ length: MAX_LIST_LENGTH + 2 }, (_, i) => ({ ...one, id: `d${i}` }));
    const { debts, unreadable } = salvageDebts(many);
    expect(debts).toHaveLength(MAX_LIST_LENGTH);
    expect(unreadable.map((u) => [u.index, u.problems[0]?.code])).toEqual([
      [MAX_LIST_LENGTH, 'too_many'],
      [MAX_LIST_LENGTH + 1, 'too_many'],
    ]);
  });
});

describe('the stored budget', () => {
  it('reads any valid budget as it is, and what it reads is valid', () => {
    fc.assert(
      fc.property(budgetArb, (budget) => {
        expect(BudgetSchema.safeParse(budget).success).toBe(true);
        expect(salvageBudget(JSON.parse(JSON.stringify(budget)))).toEqual({ budget, problems: [] });
      }),
    );
  });

  it('keeps every intact income line when others are damaged', () => {
    fc.assert(
      fc.property(budgetArb, junkArb, fc.nat(4), (budget, junk, at) => {
        const income: unknown[] = [...budget.income];
        income.splice(Math.min(at, income.length), 0, junk);
        const read = salvageBudget({ ...budget, income });
        expect(read.budget).toEqual(budget);
        expect([...new Set(read.problems.map((p) => p.field.split('.')[0]))]).toEqual([
          `income[${Math.min(at, budget.income.length)}]`,
        ]);
        expect(BudgetSchema.safeParse(read.budget).success).toBe(true);
      }),
    );
  });
});
