// Where the cost screen's form starts: the loan last computed (kept on the device), else a debt
// of the list whose contractual monthly payment fills the amount, else empty.
import type { Loan, Period } from '../../../flows/money/loan';
import { amountText } from './amount-text';

export interface CostTexts {
  received: string;
  principal: string;
  date: string;
  count: string;
  every: Period;
  amount: string;
}

const EMPTY: CostTexts = {
  received: '',
  principal: '',
  date: '',
  count: '1',
  every: 'month',
  amount: '',
};

/** Where the form starts: the loan last computed, else a debt's monthly payment, else empty. */
export function startingTexts(
  lastLoan: Loan | null | undefined,
  fromDebt: { readonly lender: string; readonly monthly: number } | null | undefined,
): { texts: CostTexts; from: 'kept' | 'debt' | null } {
  const schedule = lastLoan?.schedule;
  if (lastLoan && schedule) {
    return {
      from: 'kept',
      texts: {
        received: amountText(lastLoan.received),
        principal: amountText(lastLoan.contract_principal),
        date: lastLoan.contract_date ?? '',
        count: String(schedule.count),
        every: schedule.every,
        amount: amountText(schedule.amount),
      },
    };
  }
  if (fromDebt) {
    return { from: 'debt', texts: { ...EMPTY, count: '', amount: amountText(fromDebt.monthly) } };
  }
  return { from: null, texts: EMPTY };
}
