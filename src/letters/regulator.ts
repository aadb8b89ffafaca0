// Which financial regulator a complaint goes to, by debt type (shared/spec/legal-facts.md:
// hotline_12378, local_regulator; legal-research.md §3 "Which regulator").
import { lenderOf } from './lender';

/** For online lenders the debt type alone does not say who lent: the person tells us. */
export const LENDER_KINDS = ['consumer_finance', 'micro_loan', 'unsure'] as const;
export type LenderKind = (typeof LENDER_KINDS)[number];

/**
 * nfra: 国家金融监督管理总局 (its local office, or 12378), for banks and consumer-finance companies.
 * local: 地方金融管理局, for micro-loan companies. either: not known yet.
 * none: private and unlicensed lending have no financial regulator to hear a complaint; unlawful
 * conduct goes to the police.
 */
export type Regulator = 'nfra' | 'local' | 'either' | 'none';

export function regulatorFor(debtType: string | undefined, lenderKind: LenderKind): Regulator {
  switch (lenderOf(debtType)) {
    case 'bank_card':
    case 'bank':
      return 'nfra';
    case 'private':
    case 'unlicensed':
      return 'none';
    case 'licensed':
      return lenderKind === 'consumer_finance'
        ? 'nfra'
        : lenderKind === 'micro_loan'
          ? 'local'
          : 'either';
  }
}

/** Whether to ask which kind of company lent the money. */
export function asksLenderKind(debtType: string | undefined): boolean {
  return lenderOf(debtType) === 'licensed';
}
