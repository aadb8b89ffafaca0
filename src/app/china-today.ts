// Today's date in China (Beijing time), from the device clock: court dates are China's dates,
// whatever time zone the phone is set to.
import { parseCalendarDate, type CalendarDate } from '../../flows/dates/calendar-date';

const CHINA_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function chinaToday(now: Date = new Date()): CalendarDate {
  const parts = Object.fromEntries(CHINA_DAY.formatToParts(now).map((p) => [p.type, p.value]));
  const date = parseCalendarDate(`${parts.year}-${parts.month}-${parts.day}`);
  if (date === null) throw new RangeError('chinaToday: the clock gave no date');
  return date;
}
