// Source: shared/spec/legal-facts.md, lawsuit_timeline and small_claims (version 2); issue 13.
// The dates a person must act by, from the dates on their papers. See README.md beside this file
// for why small claims show no defence date and why no date moves off a weekend or holiday.
import { addDays, daysBetween, type CalendarDate, type ClockTime } from '../dates/calendar-date';
import { parseHearing, type CourtDates } from './court-dates';

/** In this order on the same day: the order a person acts in. */
export const DEADLINE_KINDS = ['evidence_due', 'defence_due', 'hearing', 'appeal_due'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** lawsuit_timeline: 15 days from service of the complaint to file a defence (at the latest). */
export const DEFENCE_PERIOD_DAYS = 15;
/** lawsuit_timeline: 15 days from service of a first-instance judgment to appeal. */
export const APPEAL_PERIOD_DAYS = 15;

/** A date counted from a date the person received a paper on. */
export interface CountedFrom {
  readonly from: 'complaint_received' | 'judgment_received';
  readonly days: number;
}

export interface DeadlineEvent {
  readonly kind: DeadlineKind;
  readonly date: CalendarDate;
  /** Only a hearing entered with its time has one. */
  readonly time?: ClockTime;
  /** Present on a counted date: the latest day the law allows; an earlier date on the court's notice counts. */
  readonly counted?: CountedFrom;
}

export interface Deadlines {
  readonly events: readonly DeadlineEvent[];
  /** Small claims (小额诉讼) are decided in one instance: the judgment is final, no appeal. */
  readonly final_judgment: boolean;
}

/**
 * Every deadline that applies, sorted by date and then by DEADLINE_KINDS. Counted dates are plain
 * calendar days: a last day on a weekend or holiday stays where it falls (never promise an
 * extension; acting early is the advice).
 */
export function deadlinesFor(dates: CourtDates): Deadlines {
  const smallClaims = dates.small_claims === true;
  const events: DeadlineEvent[] = [];
  if (dates.evidence_due !== undefined) {
    events.push({ kind: 'evidence_due', date: dates.evidence_due });
  }
  // small_claims: a defence period exists only if the defendant asks to answer in writing, and
  // then the court sets it (at most 15 days); there is no date to count, only the court's.
  if (dates.complaint_received !== undefined && !smallClaims) {
    events.push(counted('defence_due', dates.complaint_received, 'complaint_received'));
  }
  const hearing = dates.hearing === undefined ? null : parseHearing(dates.hearing);
  if (hearing !== null) events.push({ kind: 'hearing', ...hearing });
  if (dates.judgment_received !== undefined && !smallClaims) {
    events.push(counted('appeal_due', dates.judgment_received, 'judgment_received'));
  }
  return { events: events.sort(byDateThenKind), final_judgment: smallClaims };
}

const PERIOD_DAYS = {
  complaint_received: DEFENCE_PERIOD_DAYS,
  judgment_received: APPEAL_PERIOD_DAYS,
} as const;

function counted(
  kind: DeadlineKind,
  received: CalendarDate,
  from: CountedFrom['from'],
): DeadlineEvent {
  const days = PERIOD_DAYS[from];
  return { kind, date: addDays(received, days), counted: { from, days } };
}

function byDateThenKind(a: DeadlineEvent, b: DeadlineEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind);
}

/** Days from `today` to the event's date: 0 on the day, negative once it has passed. */
export function daysLeft(event: DeadlineEvent, today: CalendarDate): number {
  return daysBetween(today, event.date);
}

/** Why a date the person may look for is missing: for the words that explain it. */
export interface DeadlineNotes {
  /** Small claims with a complaint: the defence date is the court's, set only on request. */
  readonly defence_on_request: boolean;
  /** Small claims with a judgment: it is final, so there is no appeal date. */
  readonly no_appeal: boolean;
}

export function deadlineNotes(dates: CourtDates): DeadlineNotes {
  const smallClaims = dates.small_claims === true;
  return {
    defence_on_request: smallClaims && dates.complaint_received !== undefined,
    no_appeal: smallClaims && dates.judgment_received !== undefined,
  };
}

/** How to say a days-left count (court.json deadline.days_left): the words differ at 0 and ±1. */
export type DaysLeftPhrase = 'today' | 'tomorrow' | 'future' | 'yesterday' | 'past';

export function daysLeftPhrase(days: number): DaysLeftPhrase {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? 'future' : 'past';
}
