// Who lent the money, as far as the letters care: which rules bind the lender, which regulator
// hears a complaint, and whether a complaint letter to the lender makes sense at all.

/**
 * bank_card and bank: banks (the banking regulators' rules bind them; the card rules bind card
 * issuers). licensed: online lenders and unknown lenders, taken as licensed companies bound by the
 * industry rules. private: an individual, bound by the law only. unlicensed: an app or website
 * lending without a licence, bound by the law only and not worth a complaint letter.
 */
export type Lender = 'bank_card' | 'bank' | 'licensed' | 'private' | 'unlicensed';

// Keyed by the option id as a string, so that an option the rule table adds (unlicensed_online,
// decision model version 2) is classed here whether or not flows/ has it yet.
const BY_DEBT_TYPE = new Map<string, Lender>([
  ['bank_credit_card', 'bank_card'],
  ['bank_loan', 'bank'],
  ['private_lender', 'private'],
  ['unlicensed_online', 'unlicensed'],
]);

export function lenderOf(debtType: string | undefined): Lender {
  return (debtType === undefined ? undefined : BY_DEBT_TYPE.get(debtType)) ?? 'licensed';
}

export const isBank = (lender: Lender): boolean => lender === 'bank' || lender === 'bank_card';

/** Industry rules bind lenders in the industry, not an individual or an illegal lender. */
export const boundByIndustryRules = (lender: Lender): boolean =>
  lender !== 'private' && lender !== 'unlicensed';
