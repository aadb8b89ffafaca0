// Source: shared/spec/money-tools.md §1. A debt's kind is a `debt_type` option id. This list must
// equal the options of `debt_type` in flows/debt-collection/questions.ts: `unlicensed_online` is
// being added there, and tests/money/debt-kinds.test.ts fails if the two lists part ways.
export const DEBT_KINDS = [
  'bank_credit_card',
  'bank_loan',
  'online_lender',
  'private_lender',
  'unknown',
  'unlicensed_online',
] as const;

export type DebtKind = (typeof DEBT_KINDS)[number];
