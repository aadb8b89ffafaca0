// Fact `lpr_history` in shared/spec/legal-facts.md: the one-year LPR (贷款市场报价利率), each
// value from the date it was announced. Dates and values exactly as there.

export interface LprEntry {
  /** YYYY-MM-DD: in force from this day until the next entry. */
  readonly from: string;
  /** Hundredths of a percent: 310 is 3.10%. Whole numbers, so 4 × LPR is exact. */
  readonly basisPoints: number;
}

export const LPR_HISTORY: readonly LprEntry[] = [
  { from: '2019-08-20', basisPoints: 425 },
  { from: '2019-09-20', basisPoints: 420 },
  { from: '2019-11-20', basisPoints: 415 },
  { from: '2020-02-20', basisPoints: 405 },
  { from: '2020-04-20', basisPoints: 385 },
  { from: '2021-12-20', basisPoints: 380 },
  { from: '2022-01-20', basisPoints: 370 },
  { from: '2022-08-22', basisPoints: 365 },
  { from: '2023-06-20', basisPoints: 355 },
  { from: '2023-08-21', basisPoints: 345 },
  { from: '2024-07-22', basisPoints: 335 },
  { from: '2024-10-21', basisPoints: 310 },
  { from: '2025-05-20', basisPoints: 300 },
];

/** The table is known to be current through this month; later, the screen says where to check. */
export const LPR_KNOWN_THROUGH = '2026-09';

/** The entry in force on a YYYY-MM-DD date, or null before the first. */
export function lprOn(date: string): LprEntry | null {
  let found: LprEntry | null = null;
  for (const entry of LPR_HISTORY) if (entry.from <= date) found = entry;
  return found;
}

/** True when the date is after the month the table is known through. */
export function isBeyondKnownLpr(date: string): boolean {
  return date.slice(0, 7) > LPR_KNOWN_THROUGH;
}
