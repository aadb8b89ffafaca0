import { parseLoan } from '../../flows/money/loan';

const good = { received: 1400, schedule: { count: 1, every: 'week', amount: 2000 } };
const problemsOf = (input: unknown) => {
  const parsed = parseLoan(input);
  return parsed.ok ? [] : parsed.problems;
};

describe('reading a loan', () => {
  it('accepts a schedule or explicit payments', () => {
    expect(parseLoan(good).ok).toBe(true);
    expect(parseLoan({ received: 1400, payments: [{ day: 7, amount: 2000 }] }).ok).toBe(true);
  });

  it.each([
    [{ ...good, received: 0 }, 'received', 'too_small'],
    [{ ...good, received: -5 }, 'received', 'too_small'],
    [{ schedule: good.schedule }, 'received', 'missing'],
    [{ ...good, received: 1400.001 }, 'received', 'too_many_decimals'],
    [{ ...good, schedule: { ...good.schedule, every: 'year' } }, 'schedule.every', 'unknown_value'],
    [{ ...good, schedule: { count: 1, every: 'week' } }, 'schedule.amount', 'missing'],
    [{ ...good, schedule: { ...good.schedule, amount: -1 } }, 'schedule.amount', 'too_small'],
    [{ ...good, schedule: { ...good.schedule, count: 0 } }, 'schedule.count', 'too_small'],
    [{ ...good, schedule: { ...good.schedule, count: 2.5 } }, 'schedule.count', 'not_whole_number'],
    [{ ...good, contract_principal: 1000 }, 'contract_principal', 'below_received'],
    [{ ...good, contract_date: '2025-02-29' }, 'contract_date', 'not_a_date'],
    [{ ...good, contract_date: '2025/03/10' }, 'contract_date', 'not_a_date'],
    [{ ...good, contract_date: '0202-03-10' }, 'contract_date', 'not_a_date'], // year before 1000
    [{ received: 1400 }, 'schedule', 'missing'],
    [{ ...good, payments: [{ day: 7, amount: 2000 }] }, 'payments', 'schedule_or_payments'],
    [{ received: 1, payments: [] }, 'payments', 'too_small'],
    [{ received: 1, payments: [{ day: 0, amount: 1 }] }, 'payments[0].day', 'too_small'],
    [
      {
        received: 1,
        payments: [
          { day: 30, amount: 1 },
          { day: 30, amount: 1 },
        ],
      },
      'payments[1].day',
      'not_increasing',
    ],
    [
      {
        received: 1,
        payments: [
          { day: 30, amount: 1 },
          { day: 20, amount: 1 },
        ],
      },
      'payments[1].day',
      'not_increasing',
    ],
    [{ received: 1, payments: [{ day: 30 }] }, 'payments[0].amount', 'missing'],
    [{ ...good, recieved: 1400 }, 'recieved', 'unknown_field'],
    [[], '', 'wrong_type'],
  ])('refuses %j: %s %s', (input, field, code) => {
    expect(problemsOf(input)).toContainEqual(expect.objectContaining({ field, code }));
  });
});
