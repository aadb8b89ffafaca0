// Calendar dates without time zones (court dates and a loan's contract date): strict parsing, and
// day arithmetic checked against the JavaScript engine's own UTC calendar as an independent oracle.
import fc from 'fast-check';
import {
  addDays,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  parseCalendarDate,
  parseClockTime,
  type CalendarDate,
} from '../../flows/dates/calendar-date';

const date = (text: string): CalendarDate => {
  const parsed = parseCalendarDate(text);
  if (parsed === null) throw new Error(`test date ${text} is not a date`);
  return parsed;
};

describe('parseCalendarDate', () => {
  it.each([
    '2026-01-31',
    '2026-04-30',
    '2028-02-29', // leap year
    '2000-02-29', // divisible by 400: leap
    '2026-12-31',
    '1000-01-01', // the first year taken
  ])('accepts %s', (text) => {
    expect(parseCalendarDate(text)).toBe(text);
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2027-02-29', // not a leap year
    '2100-02-29', // divisible by 100, not by 400: not a leap year
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    ' 2026-01-05',
    '2026-01-05 ',
    '2026-01-05T09:00',
    'tomorrow',
    '',
    '0999-12-31', // before 1000: a typing slip, not a date on a loan or a court paper
    '0202-03-08',
    '0000-01-01',
  ])('refuses %j', (text) => {
    expect(parseCalendarDate(text)).toBeNull();
    expect(isCalendarDate(text)).toBe(false);
  });

  it.each([20260105, null, undefined, true, ['2026-01-05']])('refuses the non-string %j', (v) => {
    expect(parseCalendarDate(v)).toBeNull();
  });

  it('knows the length of every month', () => {
    const lengths = (year: number) =>
      Array.from({ length: 12 }, (_, i) => daysInMonth(year, i + 1));
    expect(lengths(2027)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(lengths(2028)[1]).toBe(29);
  });
});

describe('parseClockTime', () => {
  it.each(['00:00', '09:30', '23:59'])('accepts %s', (text) => {
    expect(parseClockTime(text)).toBe(text);
  });
  it.each(['24:00', '09:60', '9:30', '09:30:00', '0930', 'noon'])('refuses %j', (text) => {
    expect(parseClockTime(text)).toBeNull();
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2027-01-01', 15, '2027-01-16'],
    ['2027-01-20', 15, '2027-02-04'], // across a month end
    ['2026-12-20', 15, '2027-01-04'], // across a year end
    ['2027-02-14', 15, '2027-03-01'], // February of a common year
    ['2028-02-14', 15, '2028-02-29'], // onto a leap day
    ['2028-02-20', 15, '2028-03-06'], // across a leap day
    ['2026-04-30', 1, '2026-05-01'],
    ['2027-01-01', -1, '2026-12-31'],
  ])('%s + %i days is %s', (from, days, expected) => {
    expect(addDays(date(from), days)).toBe(expected);
  });

  it('counts days between dates, negative when the second is earlier', () => {
    expect(daysBetween(date('2026-12-31'), date('2027-01-16'))).toBe(16);
    expect(daysBetween(date('2028-03-01'), date('2028-02-28'))).toBe(-2);
    expect(daysBetween(date('2027-05-05'), date('2027-05-05'))).toBe(0);
  });

  it('numbers 1970-01-01 as day 0', () => {
    expect(dayNumber(date('1970-01-01'))).toBe(0);
  });

  it('agrees with the UTC calendar for every day from 1900 to 2200', () => {
    const msPerDay = 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (days) => {
        const expected = new Date(days * msPerDay).toISOString().slice(0, 10);
        expect(fromDayNumber(days)).toBe(expected);
        expect(dayNumber(date(expected))).toBe(days);
      }),
      { numRuns: 2000 },
    );
  });
});
