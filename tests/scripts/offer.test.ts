// The `offer` command: the real process for the contract (exit codes, stdout, stderr), and the
// in-process runner for the rest.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { run } from '../../scripts/offer-cli';

const root = join(import.meta.dirname, '..', '..');

function offer(args: string[], input: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/offer.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const budget = {
  income: [
    { label: '工资', amount: 6500 },
    { label: '兼职', amount: 800 },
  ],
  spending: { housing: 2000, food: 1500, transport: 300, phone_internet: 100 },
};
const debts = [
  {
    id: 'card',
    lender: '某银行信用卡',
    kind: 'bank_credit_card',
    balance: 30_000,
    contract_monthly: 1500,
    judgment: false,
  },
  { id: 'app', lender: '某网贷', kind: 'online_lender', balance: 10_000, judgment: false },
  {
    id: 'court',
    lender: '某小贷',
    kind: 'online_lender',
    balance: 20_000,
    judgment: true,
    judgment_monthly: 600.5,
  },
];
const input = (change: object = {}) => JSON.stringify({ budget, debts, ...change });

describe('npm run offer', () => {
  it('prints the offer for a budget and debts on standard input', () => {
    const { code, out, err } = offer([], input());
    expect(err).toBe('');
    expect(code).toBe(0);
    // 7300 − 3900 = 3400; 601 to the judgment; 2799 split 3 : 1 → 2099.25, 699.75 → 2099, 699,
    // and the yuan left to the larger balance.
    expect(JSON.parse(out)).toEqual({
      available: 3400,
      status: 'ok',
      shares: [
        { id: 'card', share: 2100, months_to_clear: 15 },
        { id: 'app', share: 699, months_to_clear: 15 },
        { id: 'court', share: 601, months_to_clear: 34 },
      ],
    });
  }, 20_000);

  it('exits 2 with one line naming the field, and prints nothing on standard output', () => {
    const bad = [...debts.slice(0, 2), { ...debts[2], kind: 'payday' }];
    const { code, out, err } = offer([], input({ debts: bad }));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('offer: debts[2].kind: unknown value "payday"');
  }, 20_000);
});

function runInProcess(args: string[], text: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, () => text);
  return { code, out, err };
}

const { balance: _, ...noBalance } = debts[1]!;

describe('offer runner', () => {
  it('reports no surplus with every share 0', () => {
    const poor = { income: [{ label: '', amount: 3000 }], spending: { housing: 3200 } };
    const { code, out } = runInProcess([], input({ budget: poor }));
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toEqual({
      available: -200,
      status: 'no_surplus',
      shares: debts.map(({ id }) => ({ id, share: 0, months_to_clear: null })),
    });
  });

  it.each([
    ['{bad', 'offer: input: malformed JSON'],
    ['[]', 'offer: input: expected a JSON object'],
    [input({ debts: [] }), 'offer: debts: list at least one'],
    [input({ debts: [noBalance] }), 'offer: debts[0].balance: missing'],
    [input({ debts: [{ ...debts[0], balance: -5 }] }), 'offer: debts[0].balance: must be > 0'],
    [
      input({ debts: [{ ...debts[0], kind: 'payday' }] }),
      'offer: debts[0].kind: unknown value "payday"',
    ],
    [input({ debts: [debts[0], debts[0]] }), 'offer: debts[1].id: another debt has the same id'],
    [
      input({ budget: { ...budget, income: [{ label: 'x', amount: -1 }] } }),
      'offer: budget.income[0].amount: must be >= 0',
    ],
    [
      input({ budget: { ...budget, income: [{ label: 'x' }] } }),
      'offer: budget.income[0].amount: missing',
    ],
    [
      input({ budget: { ...budget, spending: { rent: 5 } } }),
      'offer: budget.spending.rent: unknown field',
    ],
    [JSON.stringify({ debts }), 'offer: budget: missing'],
  ])('refuses %s', (text, message) => {
    const { code, out, err } = runInProcess([], text);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
  });

  it('answers line by line with --jsonl, an error object in place of each bad line', () => {
    const { code, out } = runInProcess(['--jsonl'], `${input()}\n{"debts":[]}\n${input()}`);
    expect(code).toBe(2);
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[0]!)).toMatchObject({ status: 'ok', available: 3400 });
    expect(JSON.parse(out[1]!)).toEqual({
      error: 'line 2: budget: missing; debts: list at least one',
    });
    expect(out[2]).toBe(out[0]);
  });

  it('exits 0 with --jsonl when every line is good', () => {
    expect(runInProcess(['--jsonl'], `${input()}\n${input()}\n`).code).toBe(0);
  });
});
