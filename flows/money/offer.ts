// Source: shared/spec/money-tools.md §3: the offer. Deterministic and exact, in fen and whole
// yuan, so anyone can check it by hand.
import { surplusFen, type Budget } from './budget';
import type { Debt } from './debts';
import { toFen } from './money-units';

export type OfferStatus = 'no_surplus' | 'short_of_judgments' | 'ok';

export interface DebtShare {
  readonly id: string;
  /** Whole yuan a month. */
  readonly share: number;
  /** Months until the balance is paid at this share; null when the share is 0. */
  readonly months_to_clear: number | null;
}

export interface Offer {
  /** Income less spending, rounded down to whole yuan (negative when spending is more). */
  readonly available: number;
  readonly status: OfferStatus;
  /** One per debt, in list order. */
  readonly shares: readonly DebtShare[];
}

/**
 * What a judgment requires each month, rounded up to whole yuan; null when the debt is not paid
 * first (no judgment, or a judgment whose monthly amount is not known).
 */
export function judgmentDue(debt: Debt): number | null {
  if (!debt.judgment || debt.judgment_monthly === undefined) return null;
  return Math.ceil(toFen(debt.judgment_monthly) / 100);
}

export function makeOffer(budget: Budget, debts: readonly Debt[]): Offer {
  const available = Math.floor(surplusFen(budget) / 100);
  if (available <= 0) {
    return { available, status: 'no_surplus', shares: debts.map((d) => shareOf(d, 0)) };
  }
  const shares = debts.map(() => 0);
  let rest = available;
  let short = false;
  debts.forEach((debt, i) => {
    const due = judgmentDue(debt);
    if (due === null) return;
    shares[i] = Math.min(due, rest);
    rest -= shares[i];
    if (shares[i] < due) short = true;
  });
  const others = debts.flatMap((debt, i) => (judgmentDue(debt) === null ? [i] : []));
  splitByBalance(rest, others.length > 0 ? others : debts.map((_, i) => i), debts, shares);
  return {
    available,
    status: short ? 'short_of_judgments' : 'ok',
    shares: debts.map((debt, i) => shareOf(debt, shares[i] ?? 0)),
  };
}

/**
 * Adds `rest` whole yuan to the shares of the debts at `among`, in proportion to balance: each
 * floor(rest × balance / total), then the yuan left by rounding one each to the largest balances
 * (ties: list order). BigInt, because rest × balance in fen can pass 2^53.
 */
function splitByBalance(
  rest: number,
  among: readonly number[],
  debts: readonly Debt[],
  shares: number[],
) {
  if (rest <= 0 || among.length === 0) return;
  const balance = (i: number) => BigInt(toFen(debts[i]?.balance ?? 0));
  const total = among.reduce((sum, i) => sum + balance(i), 0n);
  let given = 0;
  for (const i of among) {
    const part = Number((BigInt(rest) * balance(i)) / total);
    shares[i] = (shares[i] ?? 0) + part;
    given += part;
  }
  // Fewer than among.length yuan are left (each floor loses less than one).
  const largestFirst = [...among].sort((a, b) => Number(balance(b) - balance(a)) || a - b);
  for (let k = 0; k < rest - given; k++) {
    const i = largestFirst[k % largestFirst.length] ?? 0;
    shares[i] = (shares[i] ?? 0) + 1;
  }
}

function shareOf(debt: Debt, share: number): DebtShare {
  return { id: debt.id, share, months_to_clear: monthsToClear(toFen(debt.balance), share) };
}

/** ceil(balance / share), in integers. */
function monthsToClear(balanceFen: number, share: number): number | null {
  if (share <= 0) return null;
  const shareFen = share * 100;
  return (balanceFen - (balanceFen % shareFen)) / shareFen + (balanceFen % shareFen > 0 ? 1 : 0);
}
