// What people type: real dates only, positive amounts only, whole counts; the rest is refused
// with a reason the form can show, and an invalid value never reaches a letter.
import { checkLetterForm, emptyLetterForm } from '../../src/letters/letter-form';
import { parseAmount, parseCount, parseDateInput, parseTime } from '../../src/forms/parse-input';

describe('dates', () => {
  it.each([
    ['2025-03-08', { year: 2025, month: 3, day: 8 }],
    ['2025/3/8', { year: 2025, month: 3, day: 8 }],
    ['2025.03.08', { year: 2025, month: 3, day: 8 }],
    ['2025年3月8日', { year: 2025, month: 3, day: 8 }],
    ['２０２５年３月８日', { year: 2025, month: 3, day: 8 }],
    [' 2024-02-29 ', { year: 2024, month: 2, day: 29 }],
  ])('reads %s', (text, date) => expect(parseDateInput(text)).toEqual(date));

  it.each([
    '2025-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '25-3-8',
    '3/8/2025',
    'tomorrow',
    '',
    '1800-01-01',
  ])('refuses %s', (text) => expect(parseDateInput(text)).toBeNull());
});

describe('amounts and counts', () => {
  it.each([
    ['12000', 12000],
    ['12,000.50', 12000.5],
    ['12000元', 12000],
    ['０.５', 0.5],
  ])('reads %s', (text, value) => expect(parseAmount(text)).toBe(value));

  it.each(['0', '0.00', '-5', 'abc', '1.234', '1e5', '', '¥100'])('refuses the amount %s', (text) =>
    expect(parseAmount(text)).toBeNull(),
  );

  it('reads whole, positive counts only', () => {
    expect(parseCount('12')).toBe(12);
    for (const text of ['0', '-1', '1.5', 'twelve', '']) expect(parseCount(text)).toBeNull();
  });

  it('reads 24-hour times', () => {
    expect(parseTime('22:40')).toBe('22:40');
    expect(parseTime('8：05')).toBe('08:05');
    for (const text of ['24:00', '12:60', '1240', 'noon']) expect(parseTime(text)).toBeNull();
  });
});

describe('the letter form', () => {
  it('names each problem and keeps the invalid value out of the letter', () => {
    const { input, problems } = checkLetterForm({
      ...emptyLetterForm('2025-02-30'),
      total: '-100',
      instalment: '500',
      count: '1.5',
      first_date: '2025年4月1日',
      name: 'x'.repeat(121),
    });
    expect(problems).toEqual({ date: 'date', total: 'amount', count: 'count', name: 'too_long' });
    expect(input).toEqual({ instalment: 500, first_date: { year: 2025, month: 4, day: 1 } });
  });

  it('accepts an empty form: every field is optional, and shows as a bracket', () => {
    expect(checkLetterForm(emptyLetterForm('')).problems).toEqual({});
  });
});
