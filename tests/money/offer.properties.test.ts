// Properties of §3 over generated budgets and debts lists (shared/spec/money-tools.md).
import fc from 'fast-check';
import { surplusFen } from '../../flows/money/budget';
import type { Debt } from '../../flows/money/debts';
import { judgmentDue, makeOffer } from '../../flows/money/offer';
import { budgetArb, debtsArb } from './support/money-arbitraries';

const fen = (yuan: number) => BigInt(Math.round(yuan * 100));
const total = (shares: readonly { share: number }[]) => shares.reduce((s, x) => s + x.share, 0);

/** Indices of the debts the rest is split over: those not paid first, or all when none. */
function splitOver(debts: readonly Debt[]): number[] {
  const others = debts.flatMap((d, i) => (judgmentDue(d) === null ? [i] : []));
  return others.length > 0 ? others : debts.map((_, i) => i);
}

describe('the offer, for any budget and debts', () => {
  it('shares out exactly what is available, or nothing when nothing is', () => {
    fc.assert(
      fc.property(budgetArb, debtsArb, (budget, debts) => {
        const offer = makeOffer(budget, debts);
        expect(offer.available).toBe(Math.floor(surplusFen(budget) / 100));
        if (offer.available <= 0) {
          expect(offer.status).toBe('no_surplus');
          expect(total(offer.shares)).toBe(0);
        } else {
          expect(offer.status).not.toBe('no_surplus');
          expect(total(offer.shares)).toBe(offer.available);
        }
        expect(offer.shares.map((s) => s.id)).toEqual(debts.map((d) => d.id));
      }),
    );
  });

  it('covers every judgment in full unless it says it cannot', () => {
    fc.assert(
      fc.property(budgetArb, debtsArb, (budget, debts) => {
        const offer = makeOffer(budget, debts);
        if (offer.status === 'no_surplus') return;
        const dues = debts.map(judgmentDue);
        const covered = dues.every((due, i) => due === null || offer.shares[i]!.share >= due);
        expect(covered).toBe(offer.status === 'ok');
        if (offer.status === 'short_of_judgments') {
          // Everything went to judgments, in list order: no judgment after a short one got any.
          expect(dues.every((due, i) => due !== null || offer.shares[i]!.share === 0)).toBe(true);
          const firstShort = dues.findIndex(
            (due, i) => due !== null && offer.shares[i]!.share < due,
          );
          expect(
            dues
              .slice(firstShort + 1)
              .every((due, k) => due === null || offer.shares[firstShort + 1 + k]!.share === 0),
          ).toBe(true);
        }
      }),
    );
  });

  // What "a share never exceeds what clears its debt by more than one month's rounding" means
  // here. §3 does not cap a share at the balance: when more is available than all the balances,
  // a share can be larger than its debt, and months_to_clear is then 1. So what clears the debt
  // is the total paid by the month it clears, share × months_to_clear, and the rule is that this
  // covers the balance and overshoots it by less than one month's share (the last month being
  // partly unneeded): balance ≤ share × months < balance + share. Counted in fen, exactly.
  it('clears each debt in months_to_clear months, overshooting by less than one month', () => {
    fc.assert(
      fc.property(budgetArb, debtsArb, (budget, debts) => {
        makeOffer(budget, debts).shares.forEach(({ share, months_to_clear }, i) => {
          const balance = fen(debts[i]!.balance);
          if (share === 0) {
            expect(months_to_clear).toBeNull();
            return;
          }
          const paid = BigInt(share) * 100n * BigInt(months_to_clear ?? 0);
          expect(paid >= balance).toBe(true);
          expect(paid < balance + BigInt(share) * 100n).toBe(true);
        });
      }),
    );
  });

  // And the split itself: each debt's part of the rest is within one yuan of rest × balance /
  // total balance, and a larger balance (or an equal one earlier in the list) never gets less.
  it('splits the rest within a yuan of proportion, larger balances never getting less', () => {
    fc.assert(
      fc.property(budgetArb, debtsArb, (budget, debts) => {
        const offer = makeOffer(budget, debts);
        if (offer.status !== 'ok') return;
        const among = splitOver(debts);
        const paidFirst = debts.map((d) => judgmentDue(d) ?? 0);
        const rest = BigInt(offer.available - paidFirst.reduce((a, b) => a + b, 0));
        const sum = among.reduce((s, i) => s + fen(debts[i]!.balance), 0n);
        const part = (i: number) => BigInt(offer.shares[i]!.share - paidFirst[i]!);
        for (const i of among) {
          const exact = rest * fen(debts[i]!.balance); // × 1/sum
          expect((part(i) - 1n) * sum < exact && exact < (part(i) + 1n) * sum).toBe(true);
          for (const j of among) {
            const bi = fen(debts[i]!.balance);
            const bj = fen(debts[j]!.balance);
            if (bi > bj || (bi === bj && i < j)) expect(part(i) >= part(j)).toBe(true);
          }
        }
      }),
    );
  });
});
