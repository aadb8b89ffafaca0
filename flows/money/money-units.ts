// Source: shared/spec/money-tools.md. Amounts are yuan with at most 2 decimals; sums and splits
// are done in fen (integer hundredths of a yuan), where a floating-point yuan figure drifts.
import * as z from 'zod/mini';

/** The largest amount accepted anywhere (one billion yuan). It keeps every sum of up to
 * MAX_LIST_LENGTH amounts, in fen, well inside the exact integer range of a double. */
export const MAX_AMOUNT_YUAN = 1_000_000_000;

/** The most debts, income lines or payments one list may hold. */
export const MAX_LIST_LENGTH = 100;

/** True when the number is a yuan figure a person can type: at most 2 decimals. */
export function hasAtMostTwoDecimals(yuan: number): boolean {
  // toFixed(2) reads the nearest 2-decimal number; a typed amount parses back to the same double.
  return Number.isFinite(yuan) && Number(yuan.toFixed(2)) === yuan;
}

/** Yuan (at most 2 decimals, as the schemas check) to fen. */
export function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** Fen to yuan, for output. */
export function toYuan(fen: number): number {
  return fen / 100;
}

/** A yuan amount: more than 0 ('positive') or 0 and more, at most 2 decimals, not absurdly large. */
export function amountSchema(lowest: 'positive' | 'zero_or_more') {
  return z
    .number()
    .check(
      lowest === 'positive' ? z.gt(0) : z.gte(0),
      z.lte(MAX_AMOUNT_YUAN),
      z.refine(hasAtMostTwoDecimals, 'too_many_decimals'),
    );
}
