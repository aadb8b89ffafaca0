import type { Budget } from '../../../flows/money/budget';
import type { Debt } from '../../../flows/money/debts';

/** Where the debts and the budget are kept (on this device): the app provides it. */
export interface MoneyStore {
  /** False when the browser keeps nothing (private mode, storage off). */
  readonly available: boolean;
  loadDebts(): { readonly value: Debt[]; readonly dropped: number };
  saveDebts(debts: readonly Debt[]): boolean;
  loadBudget(): { readonly value: Budget; readonly dropped: number };
  saveBudget(budget: Budget): boolean;
}
