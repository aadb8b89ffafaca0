// The deadline rules (legal-facts.md lawsuit_timeline, small_claims): which dates, sorted how,
// and days left from a given today.
import fc from 'fast-check';
import { fromDayNumber, parseCalendarDate } from '../../flows/dates/calendar-date';
import { parseCourtDates, type CourtDates } from '../../flows/court/court-dates';
import {
  DEADLINE_KINDS,
  daysLeft,
  daysLeftPhrase,
  deadlineNotes,
  deadlinesFor,
  type DeadlineEvent,
} from '../../flows/court/deadlines';

function dates(input: Record<string, unknown>): CourtDates {
  const parsed = parseCourtDates(input);
  if (!parsed.ok) throw new Error(`test input refused: ${JSON.stringify(parsed.problems)}`);
  return parsed.dates;
}

const kindsAndDates = (events: readonly DeadlineEvent[]) =>
  events.map(({ kind, date }) => [kind, date]);

describe('defence_due', () => {
  it('is 15 days after the complaint was received, marked as counted', () => {
    const { events } = deadlinesFor(dates({ complaint_received: '2027-01-01' }));
    expect(events).toEqual([
      {
        kind: 'defence_due',
        date: '2027-01-16',
        counted: { from: 'complaint_received', days: 15 },
      },
    ]);
  });

  it.each([
    ['2027-01-20', '2027-02-04'], // month end
    ['2026-12-25', '2027-01-09'], // year end
    ['2028-02-14', '2028-02-29'], // lands on a leap day
    ['2027-02-14', '2027-03-01'], // no leap day in 2027
    ['2028-02-29', '2028-03-15'], // counted from a leap day
  ])('received %s: due %s', (received, due) => {
    const { events } = deadlinesFor(dates({ complaint_received: received }));
    expect(events[0]?.date).toBe(due);
  });

  it('stays on a Saturday: no weekend extension is promised', () => {
    // 2027-01-16 is a Saturday.
    const { events } = deadlinesFor(dates({ complaint_received: '2027-01-01' }));
    expect(new Date(`${events[0]?.date ?? ''}T00:00:00Z`).getUTCDay()).toBe(6);
    expect(events[0]?.date).toBe('2027-01-16');
  });

  it('is not counted for small claims: the court sets it only on request', () => {
    const input = { complaint_received: '2027-01-01', small_claims: true };
    expect(deadlinesFor(dates(input)).events).toEqual([]);
    expect(deadlineNotes(dates(input))).toEqual({ defence_on_request: true, no_appeal: false });
  });
});

describe('appeal_due', () => {
  it('is 15 days after the judgment was received', () => {
    const result = deadlinesFor(dates({ judgment_received: '2027-12-20' }));
    expect(result).toEqual({
      events: [
        {
          kind: 'appeal_due',
          date: '2028-01-04',
          counted: { from: 'judgment_received', days: 15 },
        },
      ],
      final_judgment: false,
    });
  });

  it('does not exist for small claims, whose judgment is final', () => {
    const input = { judgment_received: '2027-12-20', small_claims: true };
    expect(deadlinesFor(dates(input))).toEqual({ events: [], final_judgment: true });
    expect(deadlineNotes(dates(input))).toEqual({ defence_on_request: false, no_appeal: true });
  });

  it('exists when small_claims is false', () => {
    const input = { judgment_received: '2027-12-20', small_claims: false };
    expect(deadlinesFor(dates(input)).final_judgment).toBe(false);
    expect(deadlinesFor(dates(input)).events).toHaveLength(1);
  });
});

describe('dates entered from the papers', () => {
  it('keeps the evidence deadline as entered', () => {
    const { events } = deadlinesFor(dates({ evidence_due: '2027-01-25' }));
    expect(events).toEqual([{ kind: 'evidence_due', date: '2027-01-25' }]);
  });

  it('keeps the evidence deadline for small claims too', () => {
    const { events } = deadlinesFor(dates({ evidence_due: '2027-01-25', small_claims: true }));
    expect(kindsAndDates(events)).toEqual([['evidence_due', '2027-01-25']]);
  });

  it('keeps a hearing with its time, and one without', () => {
    expect(deadlinesFor(dates({ hearing: '2027-02-03T14:30' })).events).toEqual([
      { kind: 'hearing', date: '2027-02-03', time: '14:30' },
    ]);
    expect(deadlinesFor(dates({ hearing: '2027-02-03' })).events).toEqual([
      { kind: 'hearing', date: '2027-02-03' },
    ]);
  });

  it('gives nothing for no dates', () => {
    expect(deadlinesFor({})).toEqual({ events: [], final_judgment: false });
  });
});

describe('order', () => {
  it('sorts by date', () => {
    const { events } = deadlinesFor(
      dates({
        complaint_received: '2027-01-04',
        hearing: '2027-02-03T09:30',
        evidence_due: '2027-01-25',
        judgment_received: '2027-01-02',
      }),
    );
    expect(kindsAndDates(events)).toEqual([
      ['appeal_due', '2027-01-17'],
      ['defence_due', '2027-01-19'],
      ['evidence_due', '2027-01-25'],
      ['hearing', '2027-02-03'],
    ]);
  });

  it('on the same day, puts evidence, defence, hearing, appeal in that order', () => {
    const { events } = deadlinesFor(
      dates({
        hearing: '2027-01-16T09:00',
        judgment_received: '2027-01-01',
        complaint_received: '2027-01-01',
        evidence_due: '2027-01-16',
      }),
    );
    expect(events.map((e) => e.kind)).toEqual(DEADLINE_KINDS);
  });

  it('is sorted for any dates (property)', () => {
    const dayArb = fc.integer({ min: 10_957, max: 47_000 }).map(fromDayNumber);
    const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          complaint_received: optional(dayArb),
          evidence_due: optional(dayArb),
          hearing: optional(dayArb),
          judgment_received: optional(dayArb),
          small_claims: optional(fc.boolean()),
        }),
        (raw) => {
          const input = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
          const { events } = deadlinesFor(dates(input));
          const keys = events.map((e) => `${e.date}/${DEADLINE_KINDS.indexOf(e.kind)}`);
          expect(keys).toEqual([...keys].sort());
          expect(new Set(events.map((e) => e.kind)).size).toBe(events.length);
        },
      ),
    );
  });
});

describe('daysLeft', () => {
  const day = (text: string) => {
    const parsed = parseCalendarDate(text);
    if (parsed === null) throw new Error(`test date ${text} is not a date`);
    return parsed;
  };
  const today = day('2027-01-10');
  const event = (date: string): DeadlineEvent => ({ kind: 'evidence_due', date: day(date) });

  it('counts whole days to the date, 0 on the day, negative after', () => {
    expect(daysLeft(event('2027-01-16'), today)).toBe(6);
    expect(daysLeft(event('2027-01-10'), today)).toBe(0);
    expect(daysLeft(event('2027-01-09'), today)).toBe(-1);
  });

  it('counts across a year end and a leap day', () => {
    expect(daysLeft(event('2028-03-01'), day('2027-12-31'))).toBe(31 + 29 + 1);
  });
});

describe('daysLeftPhrase', () => {
  it.each([
    [0, 'today'],
    [1, 'tomorrow'],
    [2, 'future'],
    [400, 'future'],
    [-1, 'yesterday'],
    [-2, 'past'],
  ] as const)('says %i days as %s', (days, phrase) => {
    expect(daysLeftPhrase(days)).toBe(phrase);
  });
});
