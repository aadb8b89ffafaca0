// The `deadlines` command (issue 13): the dates on court papers in, the deadlines out (JSON, or
// an .ics calendar with --ics), through the same flows/court code as the screen. Reading the
// input, --jsonl and bad input (exit 2, one line naming the field) are scripts/cli-runner.ts.
import { calendarFile } from '../flows/court/calendar';
import { describeCourtDateProblem, parseCourtDates } from '../flows/court/court-dates';
import { daysLeft, deadlinesFor, type Deadlines } from '../flows/court/deadlines';
import { parseCalendarDate, type CalendarDate } from '../flows/dates/calendar-date';
import type { CourtStrings } from '../src/i18n/lazy-bundles';
import {
  InputError,
  parseCommonArgs,
  parseJson,
  PlainText,
  readInput,
  runCommand,
  type CommandIo,
} from './cli-runner';

export const LANGUAGES = ['zh-CN', 'zh-Hant', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface DeadlinesOptions {
  readonly jsonl: boolean;
  readonly ics: boolean;
  readonly lang?: Language;
  readonly today?: CalendarDate;
  readonly file?: string;
}

/** What the command needs beside its input: the words, and the clock for the calendar. */
export interface DeadlinesContext {
  /** The court words of one language (locales/<lng>/court.json). */
  readonly wordsFor: (lang: Language) => CourtStrings;
  /** The calendar's DTSTAMP. */
  readonly now: () => Date;
}

/** --ics, --lang L (or --lang=L), --today YYYY-MM-DD (or --today=…), besides the common ones. */
export function parseArgs(argv: readonly string[]): DeadlinesOptions {
  let ics = false;
  let lang: Language | undefined;
  let today: CalendarDate | undefined;
  const valueOf = (arg: string, name: string, next: () => string | undefined) =>
    arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : (next() ?? '');
  const common = parseCommonArgs(argv, (arg, next) => {
    if (arg === '--ics') ics = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = valueOf(arg, '--lang', next);
      lang = LANGUAGES.find((l) => l === value);
      if (!lang) throw new InputError(`--lang: expected one of ${LANGUAGES.join(', ')}`);
    } else if (arg === '--today' || arg.startsWith('--today=')) {
      today = parseCalendarDate(valueOf(arg, '--today', next)) ?? undefined;
      if (!today) throw new InputError('--today: expected a real date YYYY-MM-DD');
    } else return false;
    return true;
  });
  if (ics && common.jsonl) {
    throw new InputError('--ics: prints one calendar, not one per line (--jsonl)');
  }
  return { ...common, ics, ...(lang ? { lang } : {}), ...(today ? { today } : {}) };
}

/** One JSON text to its deadlines, or an InputError naming the field. */
export function deadlinesOf(text: string): Deadlines {
  const parsed = parseCourtDates(parseJson(text, 'input'));
  if (!parsed.ok) throw new InputError(parsed.problems.map(describeCourtDateProblem).join('; '));
  return deadlinesFor(parsed.dates);
}

/** The printed object: each event, with days left from --today and its title with --lang. */
export function present(
  deadlines: Deadlines,
  options: Pick<DeadlinesOptions, 'today'>,
  words?: CourtStrings,
): object {
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

/** Runs the command; returns the exit code. */
export function run(
  argv: readonly string[],
  io: CommandIo,
  context: DeadlinesContext,
  read: (file: string | undefined) => string = readInput,
): number {
  return runCommand('deadlines', io, () => {
    const options = parseArgs(argv);
    const text = read(options.file);
    const words = options.lang ? context.wordsFor(options.lang) : undefined;
    if (options.ics) {
      const { calendar } = words ?? context.wordsFor('zh-CN');
      const stamp = context.now();
      return {
        jsonl: false,
        text,
        answer: (one) => new PlainText(calendarFile(deadlinesOf(one).events, calendar, { stamp })),
      };
    }
    return {
      jsonl: options.jsonl,
      text,
      answer: (one) => present(deadlinesOf(one), options, words),
    };
  });
}
