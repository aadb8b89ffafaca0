// The `plan` command: the real process for the contract (exit codes, stdout, stderr), and the
// in-process runner for the rest.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { run } from '../../scripts/plan-cli';
import { CARD_INSTALMENTS } from '../support/fixtures';

const root = join(import.meta.dirname, '..', '..');

function plan(args: string[], input: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/plan.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const complete = JSON.stringify(CARD_INSTALMENTS);

describe('npm run plan', () => {
  it('prints the plan for answers on standard input', () => {
    const { code, out, err } = plan([], complete);
    expect(code).toBe(0);
    expect(err).toBe('');
    const printed = JSON.parse(out) as { complete: boolean; path: string[]; assessment: string };
    expect(printed).toMatchObject({ complete: true, assessment: 'lawful', scam_risk: false });
    expect(printed.path).toEqual([
      'debt_type',
      'debt_recognised',
      'collector',
      'conduct',
      'agreement',
      'can_repay',
      'legal_action',
      'wellbeing',
    ]);
  });

  it('exits 2 with one line naming the field, and prints nothing on standard output', () => {
    const { code, out, err } = plan([], '{"debt_type": ["bank_loan"]}');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([
      'plan: "debt_type": expected one option id, got a list',
    ]);
  }, 20_000);
});

function runInProcess(args: string[], input: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    (lang) => (id) => `${lang}:${id}`,
    () => input,
  );
  return { code, out, err };
}

describe('plan runner', () => {
  it('reports an incomplete path with the next question and exits 0', () => {
    const { code, out } = runInProcess([], '{"debt_type":"bank_loan"}');
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toEqual({
      complete: false,
      path: ['debt_type'],
      next: 'debt_recognised',
    });
  });
  it('ignores answers to questions off the path', () => {
    const withExtra = { ...(JSON.parse(complete) as object), keeping_agreement: 'missed' };
    const { out } = runInProcess([], JSON.stringify(withExtra));
    expect(JSON.parse(out[0]!)).toEqual(JSON.parse(runInProcess([], complete).out[0]!));
  });
  it.each([
    ['{bad', 'answers: malformed JSON'],
    ['{"debt_kind":"x"}', '"debt_kind": unknown question id'],
    ['{"debt_type":"payday"}', '"debt_type": unknown option "payday"'],
    ['{"conduct":["reminders_only","insults"]}', '"conduct": "reminders_only" cannot be combined'],
    ['[]', 'answers: expected a JSON object'],
  ])('refuses %s', (input, message) => {
    const { code, out, err } = runInProcess([], input);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
  });
  it('answers line by line with --jsonl, an error object in place of each bad line', () => {
    const { code, out } = runInProcess(
      ['--jsonl'],
      `${complete}\n{"wellbeing":"fine"}\n\n{"debt_type":"unknown"}\n`,
    );
    expect(code).toBe(2);
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[0]!)).toMatchObject({ complete: true });
    expect(JSON.parse(out[1]!)).toEqual({ error: 'line 2: "wellbeing": unknown option "fine"' });
    expect(JSON.parse(out[2]!)).toMatchObject({ complete: false, next: 'debt_recognised' });
  });
  it('exits 0 with --jsonl when every line is good', () => {
    expect(runInProcess(['--jsonl'], `${complete}\n${complete}`).code).toBe(0);
  });
  it('adds action titles with --lang', () => {
    const { out } = runInProcess(['--lang', 'en'], complete);
    const printed = JSON.parse(out[0]!) as { actions: { id: string; title: string }[] };
    expect(printed.actions[0]).toEqual({
      id: 'verify_collector',
      priority: 'soon',
      title: 'en:verify_collector',
    });
  });
  it('refuses an unknown language or option', () => {
    expect(runInProcess(['--lang', 'fr'], complete).err[0]).toBe(
      'plan: --lang: expected one of zh-CN, zh-Hant, en',
    );
    expect(runInProcess(['--yaml'], complete).code).toBe(2);
  });
});
