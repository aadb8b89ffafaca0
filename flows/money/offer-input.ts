// The budget and the debts together, as the `offer` command reads them (and a share link may):
// `{ "budget": {income, spending}, "debts": [...] }`, read strictly, every problem named.
import { salvageBudget, type Budget } from './budget';
import { parseDebts, type Debt } from './debts';
import type { InputProblem } from './input-problems';

export type ParsedOfferInput =
  | { readonly ok: true; readonly budget: Budget; readonly debts: Debt[] }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

export function parseOfferInput(input: unknown): ParsedOfferInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ field: '', code: 'wrong_type', detail: 'object' }] };
  }
  const { budget: rawBudget, debts: rawDebts, ...rest } = input as Record<string, unknown>;
  const problems: InputProblem[] = Object.keys(rest).map((key) => ({
    field: key.slice(0, 40),
    code: 'unknown_field',
  }));
  const budget = salvageBudget(rawBudget);
  problems.push(
    ...budget.problems.map((p) => ({
      ...p,
      field: p.field === '' ? 'budget' : `budget.${p.field}`,
    })),
  );
  const debts = parseDebts(rawDebts, 'debts');
  if (!debts.ok) problems.push(...debts.problems);
  else if (debts.debts.length === 0) problems.push({ field: 'debts', code: 'empty_list' });
  return problems.length === 0 && debts.ok
    ? { ok: true, budget: budget.budget, debts: debts.debts }
    : { ok: false, problems };
}
