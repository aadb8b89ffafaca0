// Calendar dates as plain day numbers: no Date object, no time zone, so a date typed as
// 2027-01-15 stays 2027-01-15 on every device and in every calendar arithmetic. One module for
// the court dates (flows/court) and a loan's contract date (flows/money).

declare const calendarDateBrand: unique symbol;
/** A real calendar date written YYYY-MM-DD (checked: no 2026-02-30, no year before 1000). */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

declare const clockTimeBrand: unique symbol;
/** A time of day written HH:MM, 00:00 to 23:59. */
export type ClockTime = string & { readonly [clockTimeBrand]: true };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A year written 0202 or 0026 is a slip of the finger, not a date on a loan or a court paper. */
const FIRST_YEAR = 1000;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (leap years: 4, not 100, but 400). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The date, or null when the text is not exactly YYYY-MM-DD naming a day that exists in a year
 * from 1000 on.
 */
export function parseCalendarDate(text: unknown): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return text as CalendarDate;
}

/** True for a date parseCalendarDate accepts (a schema refinement's test). */
export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}

/** The time, or null when the text is not exactly HH:MM within 00:00–23:59. */
export function parseClockTime(text: unknown): ClockTime | null {
  if (typeof text !== 'string') return null;
  const match = TIME_PATTERN.exec(text);
  if (!match) return null;
  return Number(match[1]) <= 23 && Number(match[2]) <= 59 ? (text as ClockTime) : null;
}

/** Year, month (1–12) and day of a checked date. */
export function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * Days since 1970-01-01 (negative before it). Howard Hinnant's days_from_civil: integer steps
 * over 400-year eras, with the year starting in March so that the leap day falls at its end.
 */
export function dayNumber(date: CalendarDate): number {
  const { year, month, day } = partsOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number (the inverse of dayNumber). */
export function fromDayNumber(days: number): CalendarDate {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
