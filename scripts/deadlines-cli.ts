// The `deadlines` command (issue 13): the dates on court papers in, the deadlines out (JSON, or
// an .ics calendar with --ics), through the same flows/court code as the screen. Exit 2 with one
// line naming the field for bad input, and nothing on standard output.
import { readFileSync } from 'node:fs';
import { calendarFile } from '../flows/court/calendar';
import { parseCalendarDate, type CalendarDate } from '../flows/dates/calendar-date';
import { describeCourtDateProblem, parseCourtDates } from '../flows/court/court-dates';
import { daysLeft, deadlinesFor, type Deadlines } from '../flows/court/deadlines';
import type { CourtStrings } from '../src/i18n/lazy-bundles';

export const LANGUAGES = ['zh-CN', 'zh-Hant', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface CliOptions {
  readonly jsonl: boolean;
  readonly ics: boolean;
  readonly lang?: Language;
  readonly today?: CalendarDate;
  readonly file?: string;
}

export interface CliEnvironment {
  readonly out: (text: string) => void;
  readonly err: (line: string) => void;
  /** The court words of one language (locales/<lng>/court.json). */
  readonly wordsFor: (lang: Language) => CourtStrings;
  /** The calendar's DTSTAMP. */
  readonly now: () => Date;
  readonly read?: (file: string | undefined) => string;
}

export class InputError extends Error {}

function valueOf(argv: readonly string[], i: number, name: string): [string, number] {
  const arg = argv[i] ?? '';
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), i];
  return [argv[i + 1] ?? '', i + 1];
}

export function parseArgs(argv: readonly string[]): CliOptions {
  let jsonl = false;
  let ics = false;
  let lang: Language | undefined;
  let today: CalendarDate | undefined;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--ics') ics = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const [value, next] = valueOf(argv, i, '--lang');
      i = next;
      lang = LANGUAGES.find((l) => l === value);
      if (!lang) throw new InputError(`--lang: expected one of ${LANGUAGES.join(', ')}`);
    } else if (arg === '--today' || arg.startsWith('--today=')) {
      const [value, next] = valueOf(argv, i, '--today');
      i = next;
      today = parseCalendarDate(value) ?? undefined;
      if (!today) throw new InputError('--today: expected a real date YYYY-MM-DD');
    } else if (arg.startsWith('--')) throw new InputError(`${arg}: unknown option`);
    else if (file === undefined) file = arg;
    else throw new InputError(`${arg}: only one input file is read`);
  }
  if (ics && jsonl) throw new InputError('--ics: prints one calendar, not one per line (--jsonl)');
  return {
    jsonl,
    ics,
    ...(lang ? { lang } : {}),
    ...(today ? { today } : {}),
    ...(file ? { file } : {}),
  };
}

/** One JSON text to its deadlines, or an InputError naming the field. */
export function deadlinesOf(text: string): Deadlines {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new InputError(`input: malformed JSON (${(error as Error).message})`);
  }
  const parsed = parseCourtDates(input);
  if (!parsed.ok) throw new InputError(parsed.problems.map(describeCourtDateProblem).join('; '));
  return deadlinesFor(parsed.dates);
}

/** The printed object: each event, with days left from --today and its title with --lang. */
export function present(deadlines: Deadlines, options: CliOptions, words?: CourtStrings): object {
  const { today } = options;
  return {
    events: deadlines.events.map((event) => ({
      ...event,
      ...(today ? { days_left: daysLeft(event, today) } : {}),
      ...(words ? { title: words.deadline.kind[event.kind].title } : {}),
    })),
    final_judgment: deadlines.final_judgment,
  };
}

export function readInput(file: string | undefined): string {
  try {
    return readFileSync(file ?? 0, 'utf8');
  } catch {
    throw new InputError(`${file ?? 'standard input'}: cannot be read`);
  }
}

/** Runs the command; returns the exit code. */
export function run(argv: readonly string[], env: CliEnvironment): number {
  try {
    const options = parseArgs(argv);
    const text = (env.read ?? readInput)(options.file);
    const words = options.lang ? env.wordsFor(options.lang) : undefined;
    if (options.ics) {
      const { calendar } = words ?? env.wordsFor('zh-CN');
      env.out(calendarFile(deadlinesOf(text).events, calendar, { stamp: env.now() }));
      return 0;
    }
    if (!options.jsonl) {
      env.out(`${JSON.stringify(present(deadlinesOf(text), options, words))}\n`);
      return 0;
    }
    let failed = false;
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        env.out(`${JSON.stringify(present(deadlinesOf(line), options, words))}\n`);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        failed = true;
        env.out(`${JSON.stringify({ error: `line ${index + 1}: ${error.message}` })}\n`);
      }
    });
    return failed ? 2 : 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    env.err(`deadlines: ${error.message}`);
    return 2;
  }
}
