// The debts list and the budget, given the store kept on this device. Fetched when opened
// (ToolScreens.tsx), with flows/money's schemas.
import { useMemo } from 'react';
import { loadBudget, loadDebts, saveBudget, saveDebts } from '../boundaries/money-store';
import type { SafeStorage } from '../boundaries/storage';
import { BudgetScreen, type BudgetScreenProps } from '../ui/money/BudgetScreen';
import { DebtsScreen, type DebtsScreenProps } from '../ui/money/DebtsScreen';
import type { MoneyStore } from '../ui/money/money-store';

export function moneyStore(storage: SafeStorage): MoneyStore {
  return {
    available: storage.available,
    loadDebts: () => loadDebts(storage),
    saveDebts: (debts) => saveDebts(storage, debts),
    loadBudget: () => loadBudget(storage),
    saveBudget: (budget) => saveBudget(storage, budget),
  };
}

type WithStorage<P> = Omit<P, 'store'> & { readonly storage: SafeStorage };

export function DebtsPage({ storage, ...props }: WithStorage<DebtsScreenProps>) {
  const store = useMemo(() => moneyStore(storage), [storage]);
  return <DebtsScreen {...props} store={store} />;
}

export function BudgetPage({ storage, ...props }: WithStorage<BudgetScreenProps>) {
  const store = useMemo(() => moneyStore(storage), [storage]);
  return <BudgetScreen {...props} store={store} />;
}
