// The debts list, the budget and the cost screen, given what is kept on this device. Fetched
// when opened (ToolScreens.tsx), with flows/money's schemas.
import { useMemo, useState } from 'react';
import {
  loadBudget,
  loadDebts,
  loadLastLoan,
  saveBudget,
  saveDebts,
  saveLastLoan,
} from '../boundaries/money-store';
import type { SafeStorage } from '../boundaries/storage';
import { BudgetScreen, type BudgetScreenProps } from '../ui/money/BudgetScreen';
import { CostScreen, type CostScreenProps } from '../ui/money/CostScreen';
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

/** The cost screen starts from the loan last computed, else from a debt's monthly payment. */
export function CostPage({
  storage,
  onBack,
}: Pick<CostScreenProps, 'onBack'> & { readonly storage: SafeStorage }) {
  const [start] = useState(() => {
    const debt = loadDebts(storage).value.find((d) => d.contract_monthly !== undefined);
    return {
      lastLoan: loadLastLoan(storage),
      fromDebt:
        debt?.contract_monthly === undefined
          ? null
          : { lender: debt.lender, monthly: debt.contract_monthly },
    };
  });
  return (
    <CostScreen
      onBack={onBack}
      lastLoan={start.lastLoan}
      fromDebt={start.fromDebt}
      onComputed={(loan) => saveLastLoan(storage, loan)}
    />
  );
}
