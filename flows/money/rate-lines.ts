// The lines a loan's simple annual rate is compared with (shared/spec/money-tools.md §4). Each
// line has its own scope, which the screen explains: `licensed_rate_lines` (24%),
// `illegal_lending_2019` (36%), `private_lending_cap` (4 × LPR, private lending only).
import { lprOn } from './lpr';

export const LICENSED_GUIDANCE_LINE = 0.24;
export const ILLEGAL_LENDING_LINE = 0.36;

/** The day the 4 × LPR cap began (法释〔2020〕17号); older contracts fall under older rules. */
export const PRIVATE_CAP_SINCE = '2020-08-20';

export interface RateLines {
  readonly above_24: boolean;
  readonly above_36: boolean;
  /** 4 × the one-year LPR in force on the contract date; null without a date or before the cap. */
  readonly private_cap: number | null;
  readonly above_private_cap: boolean | null;
  /** The date of that LPR. */
  readonly lpr_as_of: string | null;
}

export function rateLines(apr: number, contractDate: string | undefined): RateLines {
  const lpr =
    contractDate !== undefined && contractDate >= PRIVATE_CAP_SINCE ? lprOn(contractDate) : null;
  const cap = lpr === null ? null : (4 * lpr.basisPoints) / 10_000;
  return {
    above_24: apr > LICENSED_GUIDANCE_LINE,
    above_36: apr > ILLEGAL_LENDING_LINE,
    private_cap: cap,
    above_private_cap: cap === null ? null : apr > cap,
    lpr_as_of: lpr?.from ?? null,
  };
}
