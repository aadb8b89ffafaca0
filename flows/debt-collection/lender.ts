// Who lent the money, as one class per debt type: which rules bind the lender and which regulator
// hears a complaint. The rule table (actions.ts) and the letters' policy (letters.ts) both read it.
import type { OptionId } from './questions';

export type DebtType = OptionId<'debt_type'>;

/**
 * bank_card and bank: banks (the banking regulators' rules bind them; the card rules bind card
 * issuers). licensed: online lenders and unknown lenders, taken as licensed companies bound by the
 * industry rules. private: an individual, bound by the law only. unlicensed: an app or website
 * lending without a licence, bound by the law only and not worth a complaint letter.
 */
export type Lender = 'bank_card' | 'bank' | 'licensed' | 'private' | 'unlicensed';

const BY_DEBT_TYPE: Record<DebtType, Lender> = {
  bank_credit_card: 'bank_card',
  bank_loan: 'bank',
  online_lender: 'licensed',
  private_lender: 'private',
  unknown: 'licensed',
  unlicensed_online: 'unlicensed',
};

/** Not answered yet counts as a licensed lender, as "unknown" does. */
export function lenderClass(debtType: DebtType | undefined): Lender {
  return debtType === undefined ? 'licensed' : BY_DEBT_TYPE[debtType];
}

export const isBank = (lender: Lender): boolean => lender === 'bank' || lender === 'bank_card';

/**
 * Inside the licensed system: bound by the industry rules, overseen by a financial regulator.
 * Private and unlicensed lenders are neither.
 */
export const isLicensedLender = (lender: Lender): boolean =>
  lender !== 'private' && lender !== 'unlicensed';
