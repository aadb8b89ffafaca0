// The .ics text, read back by a real iCalendar parser (ical.js): each event, its reminders, the
// CRLF lines, folding at 75 octets and the person's own words (Chinese included) intact.
import ICAL from 'ical.js';
import courtEn from '../../locales/en/court.json';
import courtZhCN from '../../locales/zh-CN/court.json';
import courtZhHant from '../../locales/zh-Hant/court.json';
import { calendarFile, eventUid, type CalendarWords } from '../../flows/court/calendar';
import { parseCourtDates } from '../../flows/court/court-dates';
import { deadlinesFor, type Deadlines } from '../../flows/court/deadlines';

const STAMP = new Date(Date.UTC(2026, 11, 1, 8, 5, 9));

function deadlines(input: Record<string, unknown>): Deadlines {
  const parsed = parseCourtDates(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return deadlinesFor(parsed.dates);
}

const FULL = deadlines({
  complaint_received: '2027-01-04',
  evidence_due: '2027-01-25',
  hearing: '2027-02-03T09:30',
  judgment_received: '2027-02-26',
});

function parse(text: string) {
  // ical.js types its parse result as any: one VCALENDAR parses to one jCal array.
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component) => ({
    component,
    event: new ICAL.Event(component),
  }));
  return { calendar, events };
}

describe('calendarFile', () => {
  const text = calendarFile(FULL.events, courtZhCN.calendar, { stamp: STAMP });
  const { calendar, events } = parse(text);

  it('is a VCALENDAR with version, product, calendar scale', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/^-\/\/.+\/\/.+\/\/EN$/);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
  });

  it('holds one event per deadline, in order, with stable UIDs and the stamp', () => {
    expect(events.map(({ event }) => event.uid)).toEqual(FULL.events.map(eventUid));
    expect(new Set(events.map(({ event }) => event.uid)).size).toBe(4);
    for (const { component } of events) {
      expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-01T08:05:09Z');
    }
  });

  it('makes dates all-day events, ending the next day', () => {
    const allDay = events.filter(({ event }) => event.startDate.isDate);
    expect(
      allDay.map(({ event }) => [event.startDate.toString(), event.endDate.toString()]),
    ).toEqual([
      ['2027-01-19', '2027-01-20'],
      ['2027-01-25', '2027-01-26'],
      ['2027-03-13', '2027-03-14'],
    ]);
  });

  it('makes a hearing with a time an hour in Beijing time', () => {
    const hearing = events.find(({ event }) => !event.startDate.isDate);
    if (!hearing) throw new Error('no timed event');
    expect(hearing.event.startDate.toString()).toBe('2027-02-03T09:30:00');
    expect(hearing.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(
      'Asia/Shanghai',
    );
    expect(hearing.event.endDate.toString()).toBe('2027-02-03T10:30:00');
    // The VTIMEZONE fixes the instant: 09:30 in Beijing is 01:30 UTC.
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') ?? undefined);
    const start = hearing.event.startDate.clone();
    start.zone = zone;
    expect(start.toUnixTime()).toBe(Date.UTC(2027, 1, 3, 1, 30) / 1000);
  });

  it('gives every event two display reminders, 3 days and 1 day before', () => {
    for (const { component, event } of events) {
      const alarms = component.getAllSubcomponents('valarm');
      expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
      const fireAt = alarms.map((alarm) => {
        const at = event.startDate.clone();
        at.isDate = false; // an all-day event starts at midnight
        at.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
        return at.toString();
      });
      const daysBefore = (days: number) => {
        const at = event.startDate.clone();
        at.adjust(-days, 0, 0, 0);
        return at.toString().slice(0, 10);
      };
      expect(fireAt.map((at) => at.slice(0, 10))).toEqual([daysBefore(3), daysBefore(1)]);
      // All-day: at 09:00 on those days, not at midnight. Timed: at the hearing's time of day.
      const time = event.startDate.isDate ? '09:00:00' : event.startDate.toString().slice(11);
      expect(fireAt.map((at) => at.slice(11))).toEqual([time, time]);
      for (const alarm of alarms) expect(alarm.getFirstPropertyValue('description')).not.toBe('');
    }
  });

  it('ends every line with CRLF and has no bare line feed', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line to at most 75 octets, never inside a character', () => {
    const lines = text.split('\r\n');
    const octets = lines.map((line) => Buffer.byteLength(line, 'utf8'));
    expect(Math.max(...octets)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true); // the Chinese text did fold
    expect(text).not.toContain('\uFFFD');
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
  });

  it.each([
    ['zh-CN', courtZhCN.calendar],
    ['zh-Hant', courtZhHant.calendar],
    ['en', courtEn.calendar],
  ] as const)('round-trips the %s words exactly', (_, words: CalendarWords) => {
    const parsed = parse(calendarFile(FULL.events, words, { stamp: STAMP }));
    expect(parsed.events.map(({ event }) => [event.summary, event.description])).toEqual(
      FULL.events.map((e) => [words.event[e.kind].summary, words.event[e.kind].description]),
    );
  });

  it('escapes commas, semicolons, backslashes and line breaks', () => {
    const tricky = '第一行，a,b;c\\d\n第二行\r\n第三行';
    const words: CalendarWords = {
      event: {
        evidence_due: { summary: tricky, description: tricky.repeat(5) },
        defence_due: { summary: 's', description: 'd' },
        hearing: { summary: 's', description: 'd' },
        appeal_due: { summary: 's', description: 'd' },
      },
    };
    const one = deadlines({ evidence_due: '2027-01-25' });
    const file = calendarFile(one.events, words, { stamp: STAMP });
    expect(file).toContain('SUMMARY:第一行，a\\,b\\;c\\\\d\\n第二行\\n第三行\r\n');
    const [parsed] = parse(file).events;
    expect(parsed?.event.summary).toBe('第一行，a,b;c\\d\n第二行\n第三行');
    expect(parsed?.event.description).toBe(tricky.replace('\r\n', '\n').repeat(5));
  });

  it('omits the time zone when no event has a time', () => {
    const file = calendarFile(deadlines({ hearing: '2027-02-03' }).events, courtEn.calendar, {
      stamp: STAMP,
    });
    expect(file).not.toContain('VTIMEZONE');
    const [hearing] = parse(file).events;
    expect(hearing?.event.startDate.isDate).toBe(true);
  });

  it('ends a late hearing the next day', () => {
    const file = calendarFile(deadlines({ hearing: '2027-12-31T23:30' }).events, courtEn.calendar, {
      stamp: STAMP,
    });
    const [hearing] = parse(file).events;
    expect(hearing?.event.endDate.toString()).toBe('2028-01-01T00:30:00');
  });

  it('is the same text for the same input (no randomness, no clock)', () => {
    expect(calendarFile(FULL.events, courtZhCN.calendar, { stamp: STAMP })).toBe(text);
  });

  it('is an empty calendar for no deadlines', () => {
    const { events: none } = parse(calendarFile([], courtEn.calendar, { stamp: STAMP }));
    expect(none).toEqual([]);
  });
});
