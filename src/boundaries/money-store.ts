// The debts list and the budget, kept on this device only. Read back through flows/money's
// salvage: one damaged debt or budget line is dropped and counted, never the rest with it.
import { salvageBudget, type Budget } from '../../flows/money/budget';
import { salvageDebts, type Debt } from '../../flows/money/debts';
import { parseLoan, type Loan } from '../../flows/money/loan';
import { BUDGET_KEY, DEBTS_KEY, LAST_LOAN_KEY } from './kept-with-answers';
import { readStoredJson, type SafeStorage } from './storage';

const MAX_BYTES = 512 * 1024;

export interface Loaded<T> {
  readonly value: T;
  /** How many items could not be read (a whole unreadable store counts as 1). */
  readonly dropped: number;
}

export function loadDebts(storage: SafeStorage): Loaded<Debt[]> {
  const stored = readStoredJson(storage, DEBTS_KEY, MAX_BYTES);
  if (stored.kind === 'none') return { value: [], dropped: 0 };
  if (stored.kind === 'unreadable') return { value: [], dropped: 1 };
  const { debts, unreadable, notAList } = salvageDebts(stored.json);
  return { value: debts, dropped: notAList ? 1 : unreadable.length };
}

export function saveDebts(storage: SafeStorage, debts: readonly Debt[]): boolean {
  return storage.write(DEBTS_KEY, JSON.stringify(debts));
}

const EMPTY_BUDGET: Budget = { income: [], spending: {} };

export function loadBudget(storage: SafeStorage): Loaded<Budget> {
  const stored = readStoredJson(storage, BUDGET_KEY, MAX_BYTES);
  if (stored.kind === 'none') return { value: EMPTY_BUDGET, dropped: 0 };
  if (stored.kind === 'unreadable') return { value: EMPTY_BUDGET, dropped: 1 };
  const { budget, problems } = salvageBudget(stored.json);
  return { value: budget, dropped: problems.length };
}

export function saveBudget(storage: SafeStorage, budget: Budget): boolean {
  return storage.write(BUDGET_KEY, JSON.stringify(budget));
}

/** The loan last computed on the cost screen; null when none was, or it cannot be read. */
export function loadLastLoan(storage: SafeStorage): Loan | null {
  const stored = readStoredJson(storage, LAST_LOAN_KEY, MAX_BYTES);
  if (stored.kind !== 'json') return null;
  const parsed = parseLoan(stored.json);
  return parsed.ok ? parsed.loan : null;
}

export function saveLastLoan(storage: SafeStorage, loan: Loan): boolean {
  return storage.write(LAST_LOAN_KEY, JSON.stringify(loan));
}
