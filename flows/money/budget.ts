// Source: shared/spec/money-tools.md §2: the monthly budget. Read back line by line, like the
// debts list: one damaged line never costs the person the rest.
import * as z from 'zod/mini';
import { problemsFrom, type InputProblem } from './input-problems';
import { MAX_LIST_LENGTH, amountSchema, toFen } from './money-units';

export const SPENDING_CATEGORIES = [
  'housing',
  'utilities',
  'phone_internet',
  'food',
  'transport',
  'children_and_care',
  'medical',
  'insurance',
  'other_essential',
] as const;
export type SpendingCategory = (typeof SPENDING_CATEGORIES)[number];

export const IncomeLineSchema = z.strictObject({
  /** "wages", "other income": as the person names it; may be left blank. */
  label: z.string().check(z.maxLength(60)),
  amount: amountSchema('zero_or_more'),
});
export type IncomeLine = z.infer<typeof IncomeLineSchema>;

const SpendingAmount = amountSchema('zero_or_more');

/** The whole budget, as written to storage. A spending category left out spends nothing. */
export const BudgetSchema = z.strictObject({
  income: z.array(IncomeLineSchema).check(z.maxLength(MAX_LIST_LENGTH)),
  spending: z.partialRecord(z.enum(SPENDING_CATEGORIES), SpendingAmount),
});
export type Spending = Partial<Record<SpendingCategory, number>>;

export interface Budget {
  readonly income: readonly IncomeLine[];
  readonly spending: Spending;
}

const ListSchema = z.array(z.unknown());
const ObjectSchema = z.record(z.string(), z.unknown());

/** Tolerant read: keeps every valid line and reports the rest, fields named from the budget. */
export function salvageBudget(input: unknown): { budget: Budget; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const whole = ObjectSchema.safeParse(input);
  if (!whole.success || Array.isArray(input)) {
    const code = input === undefined ? 'missing' : 'wrong_type';
    return {
      budget: { income: [], spending: {} },
      problems: [{ field: '', code, detail: 'object' }],
    };
  }
  const { income: rawIncome, spending: rawSpending, ...rest } = whole.data;
  for (const key of Object.keys(rest))
    problems.push({ field: key.slice(0, 40), code: 'unknown_field' });
  return {
    budget: {
      income: readIncome(rawIncome, problems),
      spending: readSpending(rawSpending, problems),
    },
    problems,
  };
}

function readIncome(input: unknown, problems: InputProblem[]): IncomeLine[] {
  const list = ListSchema.safeParse(input);
  if (!list.success) {
    problems.push({
      field: 'income',
      code: input === undefined ? 'missing' : 'wrong_type',
      detail: 'array',
    });
    return [];
  }
  const income: IncomeLine[] = [];
  list.data.forEach((item, index) => {
    if (index >= MAX_LIST_LENGTH) {
      problems.push({ field: `income[${index}]`, code: 'too_many' });
      return;
    }
    const line = IncomeLineSchema.safeParse(item, { reportInput: true });
    if (line.success) income.push(line.data);
    else problems.push(...problemsFrom(line.error.issues, ['income', index]));
  });
  return income;
}

function readSpending(input: unknown, problems: InputProblem[]): Spending {
  const object = ObjectSchema.safeParse(input);
  if (!object.success || Array.isArray(input)) {
    problems.push({
      field: 'spending',
      code: input === undefined ? 'missing' : 'wrong_type',
      detail: 'object',
    });
    return {};
  }
  const spending: Spending = {};
  for (const [key, value] of Object.entries(object.data)) {
    if (!isSpendingCategory(key)) {
      problems.push({ field: `spending.${key.slice(0, 40)}`, code: 'unknown_field' });
      continue;
    }
    const amount = SpendingAmount.safeParse(value, { reportInput: true });
    if (amount.success) spending[key] = amount.data;
    else problems.push(...problemsFrom(amount.error.issues, ['spending', key]));
  }
  return spending;
}

function isSpendingCategory(key: string): key is SpendingCategory {
  return (SPENDING_CATEGORIES as readonly string[]).includes(key);
}

/** Monthly income and spending in fen: exact, whatever the number of lines. */
export function budgetTotalsFen(budget: Budget): { income: number; spending: number } {
  return {
    income: budget.income.reduce((sum, line) => sum + toFen(line.amount), 0),
    spending: SPENDING_CATEGORIES.reduce((sum, c) => sum + toFen(budget.spending[c] ?? 0), 0),
  };
}

/** Income less spending, in fen. */
export function surplusFen(budget: Budget): number {
  const { income, spending } = budgetTotalsFen(budget);
  return income - spending;
}
