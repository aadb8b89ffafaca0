// Source: issue 13 (the dates a person reads off their court papers). Stored with the answers and
// read by the `deadlines` command, so both go through this one schema. Every field is optional:
// a person enters only what their papers show.
import * as z from 'zod/mini';
import {
  parseCalendarDate,
  parseClockTime,
  type CalendarDate,
  type ClockTime,
} from '../dates/calendar-date';

/** Dates on court papers; a year outside this range is a typo (and keeps YYYY four digits). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/** A hearing is a date, or a date and a time: YYYY-MM-DD or YYYY-MM-DDTHH:MM. */
export interface HearingTime {
  readonly date: CalendarDate;
  readonly time?: ClockTime;
}

/** A date on court papers: a real day, in the years the guide accepts. */
export function parseCourtDate(text: unknown): CalendarDate | null {
  const date = parseCalendarDate(text);
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR ? date : null;
}

export function parseHearing(text: unknown): HearingTime | null {
  if (typeof text !== 'string') return null;
  const [datePart, timePart, ...rest] = text.split('T');
  const date = parseCourtDate(datePart);
  if (date === null || rest.length > 0) return null;
  if (timePart === undefined) return { date };
  const time = parseClockTime(timePart);
  return time === null ? null : { date, time };
}

const A_DATE = `a date YYYY-MM-DD that exists, in ${FIRST_YEAR}–${LAST_YEAR}`;

/** What each field must hold, and why it matters: the line the command prints when refused. */
export const FIELD_RULES = {
  complaint_received: {
    expected: A_DATE,
    why: 'the day the copy of the complaint (起诉状副本) reached you, from which the defence period counts',
  },
  hearing: {
    expected: `${A_DATE}, or with a 24-hour time as YYYY-MM-DDTHH:MM`,
    why: 'the hearing on the summons (传票)',
  },
  evidence_due: {
    expected: A_DATE,
    why: 'the last day for evidence on the court’s notice (举证通知书)',
  },
  judgment_received: {
    expected: A_DATE,
    why: 'the day the judgment reached you, from which the appeal period counts',
  },
  small_claims: {
    expected: 'true or false',
    why: 'whether the papers say small claims (小额诉讼)',
  },
} as const;

export type CourtDateField = keyof typeof FIELD_RULES;
export const COURT_DATE_FIELDS = Object.keys(FIELD_RULES) as CourtDateField[];

const ruleText = (field: CourtDateField) =>
  `expected ${FIELD_RULES[field].expected} — ${FIELD_RULES[field].why}`;

const courtDate = (field: CourtDateField) =>
  z.custom<CalendarDate>((value) => parseCourtDate(value) !== null, { error: ruleText(field) });

/** One schema per field, so a refused value is named by its field. */
export const COURT_DATE_SCHEMAS = {
  complaint_received: courtDate('complaint_received'),
  hearing: z.custom<string>((value) => parseHearing(value) !== null, {
    error: ruleText('hearing'),
  }),
  evidence_due: courtDate('evidence_due'),
  judgment_received: courtDate('judgment_received'),
  small_claims: z.boolean({ error: ruleText('small_claims') }),
};

/** The stored shape: unknown fields are refused (a misspelt field would silently lose a date). */
export const CourtDatesSchema = z.strictObject({
  complaint_received: z.optional(COURT_DATE_SCHEMAS.complaint_received),
  hearing: z.optional(COURT_DATE_SCHEMAS.hearing),
  evidence_due: z.optional(COURT_DATE_SCHEMAS.evidence_due),
  judgment_received: z.optional(COURT_DATE_SCHEMAS.judgment_received),
  small_claims: z.optional(COURT_DATE_SCHEMAS.small_claims),
});

/** The dates as stored: checked strings (the hearing as typed) and the small-claims flag. */
export type CourtDates = z.infer<typeof CourtDatesSchema>;

export interface CourtDateProblem {
  /** The field, or '' for the whole input. */
  readonly field: string;
  readonly reason: string;
}

export type ParsedCourtDates =
  | { readonly ok: true; readonly dates: CourtDates }
  | { readonly ok: false; readonly problems: readonly CourtDateProblem[] };

const isField = (key: string): key is CourtDateField => Object.hasOwn(FIELD_RULES, key);

/** Reads dates from outside (storage, the command): every problem, each naming its field. */
export function parseCourtDates(input: unknown): ParsedCourtDates {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ field: '', reason: 'expected a JSON object' }] };
  }
  const problems: CourtDateProblem[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (!isField(field)) {
      problems.push({ field: field.slice(0, 60), reason: 'unknown field' });
    } else if (!COURT_DATE_SCHEMAS[field].safeParse(value).success) {
      const { expected, why } = FIELD_RULES[field];
      problems.push({ field, reason: `expected ${expected}, got ${shown(value)} — ${why}` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dates: CourtDatesSchema.parse(input) };
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** One English line for the command and logs. */
export function describeCourtDateProblem(problem: CourtDateProblem): string {
  const where = problem.field === '' ? 'input' : `"${problem.field}"`;
  return `${where}: ${problem.reason}`;
}
