// The dates from court papers, as stored and as read by the command: each refusal names its field.
import {
  CourtDatesSchema,
  parseCourtDates,
  parseHearing,
  type CourtDateProblem,
} from '../../flows/court/court-dates';

const problemsOf = (input: unknown): readonly CourtDateProblem[] => {
  const parsed = parseCourtDates(input);
  return parsed.ok ? [] : parsed.problems;
};

describe('parseCourtDates', () => {
  it('accepts an empty object: every field is optional', () => {
    expect(parseCourtDates({})).toEqual({ ok: true, dates: {} });
    expect(() => CourtDatesSchema.parse({})).not.toThrow();
  });

  it('accepts every field filled', () => {
    const full = {
      complaint_received: '2027-01-04',
      hearing: '2027-02-03T09:30',
      evidence_due: '2027-01-25',
      judgment_received: '2027-03-01',
      small_claims: false,
    };
    expect(parseCourtDates(full)).toEqual({ ok: true, dates: full });
  });

  it.each([
    ['complaint_received', '2026-02-30'],
    ['complaint_received', '2027-02-29'],
    ['evidence_due', 'next Friday'],
    ['judgment_received', 20270301],
    ['judgment_received', null],
    ['hearing', '2027-02-03T24:00'],
    ['hearing', '2027-02-03 09:30'],
    ['hearing', '2027-02-03T09:30T10:00'],
    ['hearing', '2027-02-30T09:30'],
    ['small_claims', 'yes'],
    ['small_claims', 1],
    ['complaint_received', '1999-12-31'],
    ['complaint_received', '2100-01-01'],
  ])('refuses %s = %j, naming the field', (field, value) => {
    const problems = problemsOf({ [field]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
  });

  it('names an unknown field rather than dropping its date', () => {
    expect(problemsOf({ hearing_date: '2027-02-03' })).toEqual([
      { field: 'hearing_date', reason: 'unknown field' },
    ]);
  });

  it('reports every bad field, not just the first', () => {
    const fields = problemsOf({ evidence_due: 'x', small_claims: 'no' }).map((p) => p.field);
    expect(fields).toEqual(['evidence_due', 'small_claims']);
  });

  it.each([[[]], ['2027-01-01'], [null]])('refuses %j as a whole', (input) => {
    expect(problemsOf(input)).toEqual([{ field: '', reason: 'expected a JSON object' }]);
  });

  it('agrees with the stored-shape schema on what it accepts', () => {
    const inputs: unknown[] = [
      { hearing: '2027-02-03' },
      { hearing: '2027-02-30' },
      { small_claims: true },
      { extra: 1 },
      { judgment_received: '2028-02-29' },
    ];
    for (const input of inputs) {
      expect(parseCourtDates(input).ok).toBe(CourtDatesSchema.safeParse(input).success);
    }
  });
});

describe('parseHearing', () => {
  it('splits a date and a time', () => {
    expect(parseHearing('2027-02-03T09:30')).toEqual({ date: '2027-02-03', time: '09:30' });
  });
  it('takes a date alone as a day without a time', () => {
    expect(parseHearing('2027-02-03')).toEqual({ date: '2027-02-03' });
  });
  it.each(['2027-02-03T', '2027-02-03T9:30', 'T09:30'])('refuses %j', (text) => {
    expect(parseHearing(text)).toBeNull();
  });
});
