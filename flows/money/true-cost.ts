// Source: shared/spec/money-tools.md §4: what a loan really costs a year, from what arrived and
// what must be repaid. Lenders may disclose either figure (`rate_disclosure`): the simple one
// (单利) is the one compared with the lines, as courts count interest simply.
import { solvePeriodicRate, type Repayment } from './irr';
import { PERIODS_PER_YEAR, type Loan } from './loan';
import { toFen, toYuan } from './money-units';
import { rateLines, type RateLines } from './rate-lines';

/** Above this the compound figure (100,000,000%) means nothing to anyone: reported as null. */
export const EFFECTIVE_ANNUAL_LIMIT = 1e6;

export interface TrueCost extends RateLines {
  /** The simple annual rate (年化利率，单利): periodic rate × periods a year. */
  readonly apr: number;
  /** The compound annual rate (年化利率，复利, IRR); null above EFFECTIVE_ANNUAL_LIMIT. */
  readonly effective_annual: number | null;
  readonly periodic_rate: number;
  readonly periods_per_year: number;
  readonly total_repaid: number;
  readonly received: number;
  /** Contract principal less what arrived (砍头息); 0 without a contract principal. */
  readonly deducted_upfront: number;
}

/** The repayments in periods: a schedule's own periods, or days (365 a year). */
export function repaymentsOf(loan: Loan): { repayments: Repayment[]; periodsPerYear: number } {
  if (loan.schedule !== undefined) {
    const { count, every, amount } = loan.schedule;
    return {
      repayments: Array.from({ length: count }, (_, i) => ({ t: i + 1, amount })),
      periodsPerYear: PERIODS_PER_YEAR[every],
    };
  }
  return {
    repayments: (loan.payments ?? []).map(({ day, amount }) => ({ t: day, amount })),
    periodsPerYear: PERIODS_PER_YEAR.day,
  };
}

export function trueCost(loan: Loan): TrueCost {
  const { repayments, periodsPerYear } = repaymentsOf(loan);
  const repaidFen = repayments.reduce((sum, { amount }) => sum + toFen(amount), 0);
  // Repaid exactly what arrived: 0, not a rounding error of the sum in yuan either side of it.
  const r = repaidFen === toFen(loan.received) ? 0 : solvePeriodicRate(repayments, loan.received);
  const effective = Math.expm1(periodsPerYear * Math.log1p(r));
  const apr = r * periodsPerYear;
  return {
    apr,
    effective_annual: effective > EFFECTIVE_ANNUAL_LIMIT ? null : effective,
    periodic_rate: r,
    periods_per_year: periodsPerYear,
    total_repaid: toYuan(repaidFen),
    received: loan.received,
    deducted_upfront:
      loan.contract_principal === undefined
        ? 0
        : toYuan(toFen(loan.contract_principal) - toFen(loan.received)),
    ...rateLines(apr, loan.contract_date),
  };
}

/**
 * For the plain sentence "每借100元用一年，要付约N元利息和费用": yuan of cost per 100 yuan for a
 * year at the simple rate. Whole yuan from 10 up, one decimal below; 0 when the loan costs nothing.
 */
export function costPerHundredYuanPerYear(apr: number): number {
  if (!(apr > 0)) return 0;
  const yuan = apr * 100;
  return yuan >= 10 ? Math.round(yuan) : Math.round(yuan * 10) / 10;
}
