// Source: issue 13 §Calendar. The deadlines as an RFC 5545 calendar file, made on the device:
// all-day events for dates, a timed event for a hearing with its time, two reminders each.
import { addDays, type CalendarDate, type ClockTime } from '../dates/calendar-date';
import type { DeadlineEvent, DeadlineKind } from './deadlines';
import { contentLines, escapeText } from './ics-text';

/** The person's words for each kind of event (locales/<lng>/court.json, `calendar`). */
export interface CalendarWords {
  readonly event: Readonly<
    Record<DeadlineKind, { readonly summary: string; readonly description: string }>
  >;
}

/**
 * Court hearings in mainland China are in Beijing time. A TZID with its VTIMEZONE pins the
 * instant on any phone, wherever it is set; a floating time is read by some importers as UTC
 * (eight hours off). China has kept UTC+8 without daylight saving since 1991, so the VTIMEZONE is
 * one fixed block that cannot go stale.
 */
export const HEARING_TIME_ZONE = 'Asia/Shanghai';
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${HEARING_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Calendars need an end; the papers give none, so a hearing is shown as one hour. */
const HEARING_MINUTES = 60;

/**
 * Reminders: 3 days and 1 day before. For an all-day event the start is midnight, so the
 * reminders are set to 09:00 on those days instead of waking the person at night.
 */
const ALL_DAY_TRIGGERS = ['-P2DT15H', '-PT15H'];
const TIMED_TRIGGERS = ['-P3D', '-P1D'];

const UID_DOMAIN = 'court-deadlines.debt-collection-guide.invalid';

export interface CalendarOptions {
  /** DTSTAMP: when the file was made, passed in (flows never read the clock). */
  readonly stamp: Date;
}

/** The whole .ics text: CRLF lines, folded at 75 octets. */
export function calendarFile(
  events: readonly DeadlineEvent[],
  words: CalendarWords,
  options: CalendarOptions,
): string {
  const timed = events.some((event) => event.time !== undefined);
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Debt Collection Guide//Court deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(timed ? VTIMEZONE : []),
    ...events.flatMap((event) => eventLines(event, words, utcStamp(options.stamp))),
    'END:VCALENDAR',
  ]);
}

/** Same kind and date, same UID: importing an updated file replaces the event, not doubles it. */
export function eventUid(event: DeadlineEvent): string {
  return `${event.kind}-${compactDate(event.date)}@${UID_DOMAIN}`;
}

function eventLines(event: DeadlineEvent, words: CalendarWords, stamp: string): string[] {
  const { summary, description } = words.event[event.kind];
  const triggers = event.time === undefined ? ALL_DAY_TRIGGERS : TIMED_TRIGGERS;
  return [
    'BEGIN:VEVENT',
    `UID:${eventUid(event)}`,
    `DTSTAMP:${stamp}`,
    ...when(event.date, event.time),
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...triggers.flatMap((trigger) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      `TRIGGER:${trigger}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
  ];
}

function when(date: CalendarDate, time: ClockTime | undefined): string[] {
  if (time === undefined) {
    return [
      `DTSTART;VALUE=DATE:${compactDate(date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(date, 1))}`,
      'TRANSP:TRANSPARENT',
    ];
  }
  const start = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const end = start + HEARING_MINUTES;
  const endDate = addDays(date, Math.floor(end / 1440));
  return [
    `DTSTART;TZID=${HEARING_TIME_ZONE}:${compactDate(date)}T${compactTime(start)}`,
    `DTEND;TZID=${HEARING_TIME_ZONE}:${compactDate(endDate)}T${compactTime(end % 1440)}`,
  ];
}

function compactDate(date: CalendarDate): string {
  return date.replaceAll('-', '');
}

function compactTime(minutes: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(minutes / 60))}${two(minutes % 60)}00`;
}

/** DTSTAMP in UTC (YYYYMMDDTHHMMSSZ), read with the UTC getters: no local time zone involved. */
function utcStamp(stamp: Date): string {
  if (Number.isNaN(stamp.getTime())) throw new RangeError('calendar: invalid DTSTAMP');
  return `${stamp.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
