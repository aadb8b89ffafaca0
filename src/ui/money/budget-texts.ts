// The budget as typed: every field's text kept as it is, and the budget read from what can be
// read. A line whose amount is not a number is left out of the sums, never erased.
import {
  SPENDING_CATEGORIES,
  type Budget,
  type IncomeLine,
  type Spending,
  type SpendingCategory,
} from '../../../flows/money/budget';
import { amountText, readAmount, type AmountError } from './amount-text';

export interface IncomeText {
  readonly key: number;
  readonly label: string;
  readonly amount: string;
}

export interface BudgetTexts {
  readonly income: readonly IncomeText[];
  readonly spending: Readonly<Record<SpendingCategory, string>>;
}

export function textsOfBudget(budget: Budget): BudgetTexts {
  const income = budget.income.map((line, key) => ({
    key,
    label: line.label,
    amount: amountText(line.amount),
  }));
  return {
    income: income.length > 0 ? income : [{ key: 0, label: '', amount: '' }],
    spending: Object.fromEntries(
      SPENDING_CATEGORIES.map((c) => [c, amountText(budget.spending[c])]),
    ) as Record<SpendingCategory, string>,
  };
}

/** The budget read from the texts, and what could not be read, by field. */
export function budgetOfTexts(texts: BudgetTexts): {
  budget: Budget;
  errors: ReadonlyMap<string, AmountError>;
} {
  const errors = new Map<string, AmountError>();
  const income: IncomeLine[] = [];
  for (const line of texts.income) {
    const amount = readAmount(line.amount);
    if (!amount.ok) errors.set(`income-${line.key}`, amount.error);
    else if (amount.yuan !== undefined)
      income.push({ label: line.label.trim().slice(0, 60), amount: amount.yuan });
  }
  const spending: Spending = {};
  for (const category of SPENDING_CATEGORIES) {
    const amount = readAmount(texts.spending[category]);
    if (!amount.ok) errors.set(category, amount.error);
    else if (amount.yuan !== undefined) spending[category] = amount.yuan;
  }
  return { budget: { income, spending }, errors };
}
