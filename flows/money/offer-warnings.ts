// What the offer screen must warn about (shared/spec/money-tools.md §3), as data: the words are
// in locales.
import type { Debt } from './debts';
import { judgmentDue, type Offer } from './offer';
import { toFen } from './money-units';

/**
 * A share is "far below" the contractual payment when it is less than this fraction of it. Half:
 * a lender is then likely to refuse an ordinary plan, and the person should ask for 个性化分期
 * and keep paying what was offered. Closer shares are ordinary negotiating ground.
 */
export const FAR_BELOW_FRACTION = 0.5;

export type OfferWarning =
  /** Nothing left after essentials: ask each lender for a pause in writing; no new loans. */
  | { readonly kind: 'no_surplus' }
  /** These judgment debts cannot be paid in full each month: risk of enforcement. */
  | { readonly kind: 'short_of_judgments'; readonly ids: readonly string[] }
  | { readonly kind: 'far_below_contract'; readonly id: string }
  /** Marked as a judgment debt without its monthly amount: it is shared like any other debt. */
  | { readonly kind: 'judgment_without_monthly'; readonly id: string };

export function offerWarnings(offer: Offer, debts: readonly Debt[]): OfferWarning[] {
  if (offer.status === 'no_surplus') return [{ kind: 'no_surplus' }];
  const warnings: OfferWarning[] = [];
  const short = debts.filter((debt, i) => {
    const due = judgmentDue(debt);
    return due !== null && (offer.shares[i]?.share ?? 0) < due;
  });
  if (short.length > 0) warnings.push({ kind: 'short_of_judgments', ids: short.map((d) => d.id) });
  debts.forEach((debt, i) => {
    const shareFen = (offer.shares[i]?.share ?? 0) * 100;
    if (
      debt.contract_monthly !== undefined &&
      shareFen < toFen(debt.contract_monthly) * FAR_BELOW_FRACTION
    ) {
      warnings.push({ kind: 'far_below_contract', id: debt.id });
    }
    if (debt.judgment && debt.judgment_monthly === undefined) {
      warnings.push({ kind: 'judgment_without_monthly', id: debt.id });
    }
  });
  return warnings;
}
