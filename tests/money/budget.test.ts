import { salvageBudget, surplusFen } from '../../flows/money/budget';

describe('the budget', () => {
  it('reads income lines and spending by category', () => {
    const input = {
      income: [
        { label: '工资', amount: 6500 },
        { label: '', amount: 800.5 },
      ],
      spending: { housing: 2000, food: 1200.25 },
    };
    expect(salvageBudget(input)).toEqual({ budget: input, problems: [] });
  });

  it('keeps every readable line and names the rest', () => {
    const { budget, problems } = salvageBudget({
      income: [{ label: '工资', amount: 6500 }, { label: '兼职' }, { label: 'x', amount: -1 }],
      spending: { housing: 2000, rent: 100, food: 'a lot' },
      savings: 3,
    });
    expect(budget).toEqual({
      income: [{ label: '工资', amount: 6500 }],
      spending: { housing: 2000 },
    });
    expect(problems).toEqual([
      { field: 'savings', code: 'unknown_field' },
      { field: 'income[1].amount', code: 'missing' },
      { field: 'income[2].amount', code: 'too_small', detail: '>= 0' },
      { field: 'spending.rent', code: 'unknown_field' },
      { field: 'spending.food', code: 'wrong_type', detail: 'number' },
    ]);
  });

  it('reports missing parts', () => {
    expect(salvageBudget({}).problems).toEqual([
      { field: 'income', code: 'missing', detail: 'array' },
      { field: 'spending', code: 'missing', detail: 'object' },
    ]);
    expect(salvageBudget([]).problems).toEqual([
      { field: '', code: 'wrong_type', detail: 'object' },
    ]);
  });

  it('counts the surplus exactly in fen', () => {
    // 0.1 + 0.2 in yuan is not 0.3 in floating point; in fen it is.
    const budget = {
      income: [
        { label: '', amount: 0.1 },
        { label: '', amount: 0.2 },
      ],
      spending: { food: 0.3 },
    };
    expect(surplusFen(budget)).toBe(0);
    expect(
      surplusFen({ income: [{ label: '', amount: 5000 }], spending: { housing: 1999.99 } }),
    ).toBe(300001);
  });
});
