// The periodic rate r at which a loan's repayments, discounted, equal what was received:
// Σ amountᵢ / (1 + r)^tᵢ = received (the IRR method of 中国人民银行公告〔2021〕第3号).

export interface Repayment {
  /** Periods after the money was received (≥ 1). */
  readonly t: number;
  /** More than 0. */
  readonly amount: number;
}

/** The repayments discounted at the periodic rate r (> −1). */
export function presentValue(repayments: readonly Repayment[], r: number): number {
  let sum = 0;
  for (const { t, amount } of repayments) sum += amount / Math.pow(1 + r, t);
  return sum;
}

/**
 * Solves for r by bisection on (−1, hi), where hi is doubled until the repayments are worth less
 * than `received`. Present value falls strictly as r rises, so the root is unique and bisection
 * cannot miss it; it runs until the bracket is two neighbouring doubles and returns the closer
 * end. Needs received > 0 and at least one repayment.
 */
export function solvePeriodicRate(repayments: readonly Repayment[], received: number): number {
  const pv = (r: number) => presentValue(repayments, r);
  if (pv(0) === received) return 0;
  let lo = -1;
  let hi = 1;
  while (pv(hi) > received) {
    lo = hi;
    hi *= 2;
  }
  for (;;) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (pv(mid) > received) lo = mid;
    else hi = mid;
  }
  // pv(−1) is undefined: the lower end counts only once bisection has moved it.
  if (lo === -1) return hi;
  return Math.abs(pv(lo) - received) < Math.abs(pv(hi) - received) ? lo : hi;
}
