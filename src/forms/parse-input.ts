// What people type into the letter and evidence forms, read leniently (full-width digits,
// "2025年3月8日", "12,000") and strictly checked (real dates, positive amounts).

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const normalise = (text: string) => text.normalize('NFKC').trim();

/** A real calendar date, or null. Accepts 2025-03-08, 2025/3/8, 2025.3.8 and 2025年3月8日. */
export function parseDateInput(text: string): DateParts | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(normalise(text));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/** The date as YYYY-MM-DD: how dates are stored and sorted. */
export function isoDate({ year, month, day }: DateParts): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Building an Intl formatter costs far more than using one: keep one per locale.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const amountFormats = new Map<string, Intl.NumberFormat>();

export function formatDate(date: DateParts, locale: string): string {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(Date.UTC(date.year, date.month - 1, date.day));
}

/** A positive amount of money with at most two decimals ("12,000.50", "12000元"), or null. */
export function parseAmount(text: string): number | null {
  const cleaned = normalise(text)
    .replace(/[,，\s]/g, '')
    .replace(/元$/, '');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value > 0 ? value : null;
}

export function formatAmount(value: number, locale: string): string {
  let format = amountFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    amountFormats.set(locale, format);
  }
  return format.format(value);
}

/** A positive whole number (a count of instalments), or null. */
export function parseCount(text: string): number | null {
  const cleaned = normalise(text);
  if (!/^\d{1,4}$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value > 0 ? value : null;
}

/** A 24-hour time "22:40" (also "22：40"), as HH:MM, or null. */
export function parseTime(text: string): string | null {
  const match = /^([01]?\d|2[0-3])\s*:\s*([0-5]\d)$/.exec(normalise(text));
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}` : null;
}
