// Properties of the rate and its solver (shared/spec/money-tools.md §4) over generated loans.
import fc from 'fast-check';
import { presentValue, solvePeriodicRate, type Repayment } from '../../flows/money/irr';
import { trueCost } from '../../flows/money/true-cost';
import { yuanArb } from './support/money-arbitraries';

/** 1 to 36 repayments at increasing periods (days, weeks or months alike). */
const repaymentsArb: fc.Arbitrary<Repayment[]> = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 60 }), yuanArb(1, 100_000_000)), {
    minLength: 1,
    maxLength: 36,
  })
  .map((steps) => {
    let t = 0;
    return steps.map(([gap, amount]) => ({ t: (t += gap), amount }));
  });

/** A loan: what arrived, and repayments worth from a ten-thousandth to a million times it. */
const loanArb = fc
  .tuple(repaymentsArb, fc.double({ min: -4, max: 6, noNaN: true }))
  .map(([repayments, power]) => {
    const repaid = repayments.reduce((sum, r) => sum + r.amount, 0);
    const received = Math.max(0.01, Math.round((repaid / 10 ** power) * 100) / 100);
    return { repayments, received };
  });

describe('the periodic rate', () => {
  it('reproduces what was received when the repayments are discounted at it', () => {
    fc.assert(
      fc.property(loanArb, ({ repayments, received }) => {
        const r = solvePeriodicRate(repayments, received);
        expect(r).toBeGreaterThan(-1);
        expect(Math.abs(presentValue(repayments, r) - received) / received).toBeLessThanOrEqual(
          1e-9,
        );
      }),
      { numRuns: 300 },
    );
  });

  // Strictly higher whenever the rise can show in a double: an extra payment worth, discounted
  // at the old rate, more than twice the tolerance of 1e-9 of what was received. (Added at day
  // 28 of a loan costing 300% a day, a fen is worth 1e-17 of it: no double lies between.)
  it('is higher when more is repaid', () => {
    fc.assert(
      fc.property(
        loanArb,
        fc.nat(35),
        yuanArb(1, 1_000_000),
        ({ repayments, received }, at, more) => {
          const i = at % repayments.length;
          const dearer = repayments.map((r, k) =>
            k === i ? { ...r, amount: r.amount + more } : r,
          );
          const before = solvePeriodicRate(repayments, received);
          const after = solvePeriodicRate(dearer, received);
          const worth = more / Math.pow(1 + before, repayments[i]!.t);
          if (worth > 2e-9 * received) expect(after).toBeGreaterThan(before);
          else expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is 0 exactly when what was received is repaid, negative below it, positive above', () => {
    fc.assert(
      fc.property(repaymentsArb, fc.integer({ min: -1000, max: 1000 }), (repayments, offsetFen) => {
        const repaidFen = repayments.reduce((sum, r) => sum + Math.round(r.amount * 100), 0);
        fc.pre(repaidFen + offsetFen > 0);
        const loan = { received: (repaidFen + offsetFen) / 100, payments: asDays(repayments) };
        expect(Math.sign(trueCost(loan).apr)).toBe(-Math.sign(offsetFen) || 0);
      }),
    );
  });
});

function asDays(repayments: readonly Repayment[]) {
  return repayments.map(({ t, amount }) => ({ day: t, amount }));
}
