// The `cost` command: the real process for the contract (exit codes, stdout, stderr), and the
// in-process runner for the rest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../scripts/cost-cli';

const root = join(import.meta.dirname, '..', '..');

function cost(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cost.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const weekly = {
  received: 1400,
  contract_principal: 2000,
  schedule: { count: 1, every: 'week', amount: 2000 },
};

describe('npm run cost', () => {
  it('prints the true cost of the loan in a file, every field of the contract in order', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cost-')), 'loan.json');
    writeFileSync(file, JSON.stringify({ ...weekly, contract_date: '2025-03-10' }));
    const { code, out, err } = cost([file]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual([
      'apr',
      'effective_annual',
      'periodic_rate',
      'periods_per_year',
      'total_repaid',
      'received',
      'deducted_upfront',
      'above_24',
      'above_36',
      'private_cap',
      'above_private_cap',
      'lpr_as_of',
    ]);
    expect(printed).toMatchObject({
      effective_annual: null,
      periods_per_year: 52,
      total_repaid: 2000,
      received: 1400,
      deducted_upfront: 600,
      above_36: true,
      private_cap: 0.124,
      above_private_cap: true,
      lpr_as_of: '2024-10-21',
    });
    expect(Number((printed.apr as number).toPrecision(4))).toBe(22.29);
  }, 20_000);

  it('exits 2 with one line naming the field, and prints nothing on standard output', () => {
    const { code, out, err } = cost([], JSON.stringify({ ...weekly, received: 0 }));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual(['cost: received: must be > 0']);
  }, 20_000);
});

function runInProcess(args: string[], input: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, () => input);
  return { code, out, err };
}

const withSchedule = (schedule: object) => JSON.stringify({ received: 1000, schedule });
const withPayments = (payments: object[]) => JSON.stringify({ received: 1000, payments });

describe('cost runner', () => {
  it('reports 0 deducted and no private cap without a contract principal or date', () => {
    const { code, out } = runInProcess(
      [],
      withSchedule({ count: 12, every: 'month', amount: 100 }),
    );
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({
      deducted_upfront: 0,
      private_cap: null,
      above_private_cap: null,
      lpr_as_of: null,
    });
  });

  it.each([
    ['{bad', 'cost: loan: malformed JSON'],
    ['[1]', 'cost: loan: expected a JSON object'],
    ['{"received": 1000}', 'cost: schedule: missing'],
    [
      JSON.stringify({ schedule: { count: 1, every: 'week', amount: 2 } }),
      'cost: received: missing',
    ],
    [
      JSON.stringify({ received: -3, payments: [{ day: 1, amount: 2 }] }),
      'cost: received: must be > 0',
    ],
    [
      JSON.stringify({ received: 0, payments: [{ day: 1, amount: 2 }] }),
      'cost: received: must be > 0',
    ],
    [withSchedule({ count: 3, every: 'month' }), 'cost: schedule.amount: missing'],
    [
      withSchedule({ count: 3, every: 'month', amount: -100 }),
      'cost: schedule.amount: must be > 0',
    ],
    [
      withSchedule({ count: 3, every: 'year', amount: 100 }),
      'cost: schedule.every: unknown value "year"',
    ],
    [
      withPayments([
        { day: 30, amount: 600 },
        { day: 30, amount: 600 },
      ]),
      'cost: payments[1].day: must be later',
    ],
    [
      withPayments([
        { day: 30, amount: 600 },
        { day: 10, amount: 600 },
      ]),
      'cost: payments[1].day: must be later',
    ],
    [withPayments([{ day: 30 }]), 'cost: payments[0].amount: missing'],
    [withPayments([{ day: 30, amount: -600 }]), 'cost: payments[0].amount: must be > 0'],
  ])('refuses %s', (input, message) => {
    const { code, out, err } = runInProcess([], input);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
  });

  it('answers line by line with --jsonl, an error object in place of each bad line', () => {
    const good = withSchedule({ count: 12, every: 'month', amount: 100 });
    const { code, out, err } = runInProcess(['--jsonl'], `${good}\n{"received":0}\n\n${good}\n`);
    expect(code).toBe(2);
    expect(err).toEqual([]);
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[0]!)).toMatchObject({ total_repaid: 1200 });
    expect(JSON.parse(out[1]!)).toEqual({ error: 'line 2: received: must be > 0' });
    expect(out[2]).toBe(out[0]);
  });

  it('exits 0 with --jsonl when every line is good', () => {
    const good = withPayments([{ day: 30, amount: 1100 }]);
    expect(runInProcess(['--jsonl'], `${good}\n${good}`).code).toBe(0);
  });

  it('refuses an unknown option and a second file', () => {
    expect(runInProcess(['--yaml'], '{}').err).toEqual(['cost: --yaml: unknown option']);
    expect(runInProcess(['a.json', 'b.json'], '{}').err).toEqual([
      'cost: b.json: only one input file is read',
    ]);
  });
});
