// Which financial regulator a complaint goes to, by debt type (shared/spec/legal-facts.md:
// hotline_12378, local_regulator; legal-research.md §3 "Which regulator").
import type { OptionId } from '../../flows/debt-collection/questions';

/** For online lenders the debt type alone does not say who lent: the person tells us. */
export const LENDER_KINDS = ['consumer_finance', 'micro_loan', 'unsure'] as const;
export type LenderKind = (typeof LENDER_KINDS)[number];

/**
 * nfra: 国家金融监督管理总局 (12378), for banks and consumer-finance companies.
 * local: 地方金融管理局, for micro-loan companies. either: not known yet.
 * none: private lending and unlicensed apps have no financial regulator to complain to; unlawful
 * conduct (and unlicensed lending itself) goes to the police.
 */
export type Regulator = 'nfra' | 'local' | 'either' | 'none';

export function regulatorFor(
  debtType: OptionId<'debt_type'> | undefined,
  lenderKind: LenderKind,
): Regulator {
  switch (debtType) {
    case 'bank_credit_card':
    case 'bank_loan':
      return 'nfra';
    case 'private_lender':
    case 'unlicensed_online':
      return 'none';
    default:
      return lenderKind === 'consumer_finance'
        ? 'nfra'
        : lenderKind === 'micro_loan'
          ? 'local'
          : 'either';
  }
}

/** Whether to ask which kind of company lent the money. */
export function asksLenderKind(debtType: OptionId<'debt_type'> | undefined): boolean {
  return (
    debtType !== 'bank_credit_card' &&
    debtType !== 'bank_loan' &&
    debtType !== 'private_lender' &&
    debtType !== 'unlicensed_online'
  );
}
