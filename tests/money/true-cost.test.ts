// The worked examples of shared/spec/money-tools.md §4, to 4 significant figures.
import { parseLoan, type Loan } from '../../flows/money/loan';
import { costPerHundredYuanPerYear, trueCost } from '../../flows/money/true-cost';

const sig4 = (x: number | null) => (x === null ? null : Number(x.toPrecision(4)));

function costOf(input: object) {
  const parsed = parseLoan(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return trueCost(parsed.loan);
}

describe('the true cost of a loan: the worked examples', () => {
  it('10,000 received, 12 monthly payments of 1,000', () => {
    const cost = costOf({
      received: 10_000,
      schedule: { count: 12, every: 'month', amount: 1000 },
    });
    expect(sig4(cost.periodic_rate)).toBe(0.02923);
    expect(sig4(cost.apr)).toBe(0.3507);
    expect(sig4(cost.effective_annual)).toBe(0.413);
    expect(cost).toMatchObject({
      above_24: true,
      above_36: false,
      periods_per_year: 12,
      total_repaid: 12_000,
    });
    expect(costPerHundredYuanPerYear(cost.apr)).toBe(35);
  });

  it('1,400 received of a 2,000 contract, one weekly payment of 2,000', () => {
    const cost = costOf({
      received: 1400,
      contract_principal: 2000,
      schedule: { count: 1, every: 'week', amount: 2000 },
    });
    expect(sig4(cost.periodic_rate)).toBe(0.4286);
    expect(sig4(cost.apr)).toBe(22.29);
    expect(cost.effective_annual).toBeNull();
    expect(cost).toMatchObject({ deducted_upfront: 600, above_36: true, periods_per_year: 52 });
  });

  it('5,000 received, 6 monthly payments of 900, contract 2025-03-10', () => {
    const cost = costOf({
      received: 5000,
      contract_date: '2025-03-10',
      schedule: { count: 6, every: 'month', amount: 900 },
    });
    expect(sig4(cost.periodic_rate)).toBe(0.02244);
    expect(sig4(cost.apr)).toBe(0.2693);
    expect(sig4(cost.effective_annual)).toBe(0.3052);
    expect(cost).toMatchObject({
      private_cap: 0.124,
      lpr_as_of: '2024-10-21',
      above_private_cap: true,
    });
  });

  it('the example of 中国人民银行公告〔2021〕第3号: 12.80% simple, 13.58% compound', () => {
    const cost = costOf({
      received: 99_000,
      contract_principal: 100_000,
      schedule: { count: 12, every: 'month', amount: 8833.3 },
    });
    expect(sig4(cost.periodic_rate)).toBe(0.01067);
    expect(sig4(cost.apr)).toBe(0.128);
    expect(sig4(cost.effective_annual)).toBe(0.1358);
    expect(cost.deducted_upfront).toBe(1000);
  });
});

describe('the true cost of a loan', () => {
  const loan = (payments: Loan['payments'], extra: Partial<Loan> = {}): Loan => ({
    received: 1000,
    payments,
    ...extra,
  });

  it('reads explicit payments by day, 365 a year', () => {
    // 1,000 in, 1,100 back after 365 days: 10% a year either way, near enough.
    const cost = trueCost(loan([{ day: 365, amount: 1100 }]));
    expect(cost.periods_per_year).toBe(365);
    expect(cost.effective_annual).toBeCloseTo(0.1, 12);
    expect(cost.apr).toBeCloseTo(365 * (Math.pow(1.1, 1 / 365) - 1), 12);
  });

  it('reports a loan repaid at what was received as costing nothing', () => {
    const cost = trueCost(loan([{ day: 30, amount: 1000 }]));
    expect(cost).toMatchObject({ apr: 0, periodic_rate: 0, effective_annual: 0, above_24: false });
    expect(costPerHundredYuanPerYear(cost.apr)).toBe(0);
  });

  it('reports a loan repaid below what was received as it is: a negative rate', () => {
    expect(trueCost(loan([{ day: 30, amount: 900 }])).apr).toBeLessThan(0);
  });

  it('adds the payments in fen', () => {
    const cost = trueCost(
      loan([
        { day: 10, amount: 0.1 },
        { day: 20, amount: 0.2 },
      ]),
    );
    expect(cost.total_repaid).toBe(0.3);
  });

  it.each([
    // Just past the cap the LPR date is the contract date's.
    ['2020-08-20', 0.154, '2020-04-20'],
    ['2021-12-19', 0.154, '2020-04-20'],
    ['2021-12-20', 0.152, '2021-12-20'],
    ['2025-05-19', 0.124, '2024-10-21'],
    ['2025-05-20', 0.12, '2025-05-20'],
    ['2027-01-01', 0.12, '2025-05-20'],
  ])('takes 4 × the LPR in force on %s', (date, cap, asOf) => {
    const cost = trueCost(loan([{ day: 365, amount: 1130 }], { contract_date: date }));
    expect(cost.private_cap).toBe(cap);
    expect(cost.lpr_as_of).toBe(asOf);
    expect(cost.above_private_cap).toBe(cost.apr > cap);
  });

  it('compares with no private cap for a contract before 2020-08-20 or without a date', () => {
    for (const extra of [{ contract_date: '2020-08-19' }, {}]) {
      expect(trueCost(loan([{ day: 365, amount: 2000 }], extra))).toMatchObject({
        private_cap: null,
        above_private_cap: null,
        lpr_as_of: null,
      });
    }
  });

  it('draws the 24% and 36% lines strictly above', () => {
    // One year, one payment at the end: apr = 365 × ((1 + y)^(1/365) − 1), just under y.
    const at = (yearly: number) => trueCost(loan([{ day: 365, amount: 1000 * (1 + yearly) }]));
    expect(at(0.2).above_24).toBe(false);
    expect(at(0.3)).toMatchObject({ above_24: true, above_36: false });
    expect(at(0.5)).toMatchObject({ above_24: true, above_36: true });
  });
});

describe('cost per 100 yuan for a year', () => {
  it.each([
    [0.3507, 35],
    [0.128, 13],
    [22.29, 2229],
    [0.035, 3.5],
    [0.0004, 0],
    [-0.1, 0],
  ])('is %s → %s', (apr, yuan) => {
    expect(costPerHundredYuanPerYear(apr)).toBe(yuan);
  });
});
