import { parseDebts, salvageDebts, type Debt } from '../../flows/money/debts';

const card: Debt = {
  id: 'a',
  lender: '招商银行信用卡',
  kind: 'bank_credit_card',
  balance: 12000.5,
  contract_monthly: 800,
  overdue_months: 3,
  judgment: false,
};
const court: Debt = {
  id: 'b',
  lender: '某小贷',
  kind: 'online_lender',
  balance: 30000,
  judgment: true,
  judgment_monthly: 1500,
};

describe('the debts list', () => {
  it('reads a valid list as it is', () => {
    expect(salvageDebts([card, court])).toEqual({
      debts: [card, court],
      unreadable: [],
      notAList: false,
    });
  });

  it('keeps the good debts when one is damaged, and says which could not be read', () => {
    const damaged = { ...court, id: 'c', balance: -5 };
    const { debts, unreadable } = salvageDebts([card, damaged, court]);
    expect(debts).toEqual([card, court]);
    expect(unreadable).toEqual([
      {
        index: 1,
        lender: '某小贷',
        problems: [{ field: 'balance', code: 'too_small', detail: '> 0' }],
      },
    ]);
  });

  it('names the lender only when it is readable', () => {
    const { unreadable } = salvageDebts([{ ...card, lender: 42 }, 'junk', null]);
    expect(unreadable.map((u) => u.lender)).toEqual([undefined, undefined, undefined]);
    expect(unreadable.map((u) => u.index)).toEqual([0, 1, 2]);
  });

  it('refuses a second debt with the same id', () => {
    const { debts, unreadable } = salvageDebts([card, { ...court, id: 'a' }]);
    expect(debts).toEqual([card]);
    expect(unreadable[0]?.problems).toEqual([{ field: 'id', code: 'duplicate_id' }]);
  });

  it.each([
    ['kind', { kind: 'payday' }, 'unknown_value'],
    ['balance', { balance: 0 }, 'too_small'],
    ['balance', { balance: 10.005 }, 'too_many_decimals'],
    ['balance', { balance: '100' }, 'wrong_type'],
    ['lender', { lender: '' }, 'too_small'],
    ['lender', { lender: 'x'.repeat(61) }, 'too_big'],
    ['overdue_months', { overdue_months: 1.5 }, 'not_whole_number'],
    ['contract_monthly', { contract_monthly: -1 }, 'too_small'],
    ['judgment_monthly', { judgment_monthly: 0 }, 'too_small'],
    ['judgement', { judgement: true }, 'unknown_field'],
  ])('reports %s for %j', (field, change, code) => {
    const { unreadable } = salvageDebts([{ ...card, ...change }]);
    expect(unreadable[0]?.problems[0]).toMatchObject({ field, code });
  });

  it('reports a missing field as missing', () => {
    const { balance: _, ...noBalance } = card;
    const { judgment: __, ...noJudgment } = card;
    expect(salvageDebts([noBalance, noJudgment]).unreadable.map((u) => u.problems)).toEqual([
      [{ field: 'balance', code: 'missing' }],
      [{ field: 'judgment', code: 'missing' }],
    ]);
  });

  it('reads something that is not a list as nothing at all', () => {
    expect(salvageDebts({ debts: [card] })).toEqual({ debts: [], unreadable: [], notAList: true });
  });

  it('names the field in full when read strictly', () => {
    expect(parseDebts([card, { ...court, kind: 'payday' }])).toEqual({
      ok: false,
      problems: [
        {
          field: 'debts[1].kind',
          code: 'unknown_value',
          detail:
            '"payday" (expected one of bank_credit_card, bank_loan, online_lender, private_lender, unknown, unlicensed_online)',
        },
      ],
    });
    expect(parseDebts(undefined)).toMatchObject({
      ok: false,
      problems: [{ field: 'debts', code: 'missing' }],
    });
    expect(parseDebts([card])).toEqual({ ok: true, debts: [card] });
  });
});
