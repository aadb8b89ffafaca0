// The money screens' keys and their removal, apart from their schemas: clearing the answers must
// also clear the debts and the budget, without the first screen carrying their validation code.
import type { SafeStorage } from './storage';

export const DEBTS_KEY = 'dcg.money.debts.v1';
export const BUDGET_KEY = 'dcg.money.budget.v1';

export function clearMoney(storage: SafeStorage): void {
  storage.remove(DEBTS_KEY);
  storage.remove(BUDGET_KEY);
}
