// The cost screen starts from what the guide knows: the loan last computed, else a debt's
// contractual monthly payment, else nothing.
import { startingTexts } from '../../src/ui/money/cost-start';

const kept = {
  received: 1400,
  contract_principal: 2000,
  contract_date: '2025-03-10',
  schedule: { count: 1, every: 'week', amount: 2000 },
} as const;

describe('where the cost screen starts', () => {
  it('from the loan last computed, before any debt', () => {
    expect(startingTexts(kept, { lender: '甲借呗', monthly: 1500 })).toEqual({
      from: 'kept',
      texts: {
        received: '1400',
        principal: '2000',
        date: '2025-03-10',
        count: '1',
        every: 'week',
        amount: '2000',
      },
    });
  });

  it("from a debt's monthly payment, the rest left for the person", () => {
    expect(startingTexts(null, { lender: '甲借呗', monthly: 1500.5 })).toEqual({
      from: 'debt',
      texts: { received: '', principal: '', date: '', count: '', every: 'month', amount: '1500.5' },
    });
  });

  it('empty when the guide knows nothing (a loan of dated payments is not a schedule)', () => {
    const dated = { received: 1000, payments: [{ day: 30, amount: 1100 }] };
    for (const start of [startingTexts(null, null), startingTexts(dated, undefined)]) {
      expect(start.from).toBeNull();
      expect(start.texts.amount).toBe('');
    }
  });
});
