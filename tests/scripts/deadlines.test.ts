// The `deadlines` command: the real process for the contract (exit codes, stdout, stderr, a file
// argument), and the in-process runner for the rest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import courtEn from '../../locales/en/court.json';
import courtZhCN from '../../locales/zh-CN/court.json';
import courtZhHant from '../../locales/zh-Hant/court.json';
import { run, type Language } from '../../scripts/deadlines-cli';
import type { CourtStrings } from '../../src/i18n/lazy-bundles';

const root = join(import.meta.dirname, '..', '..');

function deadlines(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/deadlines.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const FULL = JSON.stringify({
  complaint_received: '2027-01-04',
  hearing: '2027-02-03T09:30',
  evidence_due: '2027-01-25',
  judgment_received: '2027-02-26',
});

describe('npm run deadlines', () => {
  it('prints the deadlines for dates on standard input', () => {
    const { code, out, err } = deadlines([], FULL);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual({
      events: [
        {
          kind: 'defence_due',
          date: '2027-01-19',
          counted: { from: 'complaint_received', days: 15 },
        },
        { kind: 'evidence_due', date: '2027-01-25' },
        { kind: 'hearing', date: '2027-02-03', time: '09:30' },
        {
          kind: 'appeal_due',
          date: '2027-03-13',
          counted: { from: 'judgment_received', days: 15 },
        },
      ],
      final_judgment: false,
    });
  }, 20_000);

  it('reads a file and prints a calendar with --ics', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'deadlines-')), 'dates.json');
    writeFileSync(file, FULL);
    const { code, out, err } = deadlines(['--ics', file]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(out) as unknown[]);
    const summaries = calendar
      .getAllSubcomponents('vevent')
      .map((event) => event.getFirstPropertyValue('summary'));
    expect(summaries).toEqual([
      courtZhCN.calendar.event.defence_due.summary,
      courtZhCN.calendar.event.evidence_due.summary,
      courtZhCN.calendar.event.hearing.summary,
      courtZhCN.calendar.event.appeal_due.summary,
    ]);
  }, 20_000);

  it('exits 2 with one line naming the field, and prints nothing on standard output', () => {
    const { code, out, err } = deadlines([], '{"complaint_received": "2026-02-30"}');
    expect(code).toBe(2);
    expect(out).toBe('');
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^deadlines: "complaint_received": expected a date .*"2026-02-30"/);
  }, 20_000);
});

const WORDS: Record<Language, CourtStrings> = {
  'zh-CN': courtZhCN,
  'zh-Hant': courtZhHant,
  en: courtEn,
};

function runInProcess(args: string[], input: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(
    args,
    {
      out: (line) => out.push(`${line}\n`),
      err: (line) => err.push(line),
      write: (t) => out.push(t),
    },
    { wordsFor: (lang) => WORDS[lang], now: () => new Date(Date.UTC(2026, 11, 1, 8, 0, 0)) },
    () => input,
  );
  return { code, out: out.join(''), err };
}

describe('deadlines runner', () => {
  it('shows a small-claims case as final, with no defence or appeal date', () => {
    const input = JSON.stringify({
      complaint_received: '2027-01-04',
      evidence_due: '2027-01-11',
      hearing: '2027-01-20',
      judgment_received: '2027-01-25',
      small_claims: true,
    });
    expect(JSON.parse(runInProcess([], input).out)).toEqual({
      events: [
        { kind: 'evidence_due', date: '2027-01-11' },
        { kind: 'hearing', date: '2027-01-20' },
      ],
      final_judgment: true,
    });
  });

  it('adds days left with --today and titles with --lang', () => {
    const { out } = runInProcess(['--today', '2027-01-20', '--lang=en'], FULL);
    const printed = JSON.parse(out) as { events: { kind: string; days_left: number }[] };
    expect(printed.events.map((e) => [e.kind, e.days_left])).toEqual([
      ['defence_due', -1],
      ['evidence_due', 5],
      ['hearing', 14],
      ['appeal_due', 52],
    ]);
    expect(printed.events[0]).toMatchObject({ title: courtEn.deadline.kind.defence_due.title });
  });

  it('writes the calendar in the chosen language, exactly as made (CRLF to the last line)', () => {
    const { out } = runInProcess(['--ics', '--lang=zh-Hant'], FULL);
    expect(out).toContain(`SUMMARY:${courtZhHant.calendar.event.hearing.summary}`);
    expect(out).toContain('DTSTAMP:20261201T080000Z');
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(out.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it.each([
    ['{bad', 'input: malformed JSON'],
    ['[]', 'input: expected a JSON object'],
    ['{"hearing":"next week"}', '"hearing": expected a date'],
    ['{"evidence_due":"2027-02-29"}', '"evidence_due": expected a date'],
    ['{"small_claims":"true"}', '"small_claims": expected true or false, got "true"'],
    ['{"judgment":"2027-01-01"}', '"judgment": unknown field'],
  ])('refuses %s', (input, message) => {
    const { code, out, err } = runInProcess([], input);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
  });

  it('refuses bad input with --ics too, printing no calendar', () => {
    const { code, out, err } = runInProcess(['--ics'], '{"hearing":"2027-13-01"}');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err[0]).toContain('"hearing"');
  });

  it('answers line by line with --jsonl, an error object in place of each bad line', () => {
    const { code, out } = runInProcess(
      ['--jsonl'],
      `${FULL}\n\n{"small_claims":1}\n{"small_claims":true}\n`,
    );
    expect(code).toBe(2);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ final_judgment: false });
    expect(JSON.parse(lines[1] ?? '')).toEqual({
      error:
        'line 3: "small_claims": expected true or false, got a number — whether the papers say small claims (小额诉讼)',
    });
    expect(JSON.parse(lines[2] ?? '')).toEqual({ events: [], final_judgment: true });
  });

  it('exits 0 with --jsonl when every line is good', () => {
    expect(runInProcess(['--jsonl'], `${FULL}\n{}`).code).toBe(0);
  });

  it.each([
    [['--lang', 'fr'], 'deadlines: --lang: expected one of zh-CN, zh-Hant, en'],
    [['--today', '2027-02-30'], 'deadlines: --today: expected a real date YYYY-MM-DD'],
    [['--ics', '--jsonl'], 'deadlines: --ics: prints one calendar, not one per line (--jsonl)'],
    [['--yaml'], 'deadlines: --yaml: unknown option'],
    [['a.json', 'b.json'], 'deadlines: b.json: only one input file is read'],
  ])('refuses the options %j', (args, message) => {
    const { code, out, err } = runInProcess(args, FULL);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toEqual([message]);
  });
});
