// The deadlines form as typed, and the dates it holds. Dates are read the way every form of the
// guide reads them (forms/parse-input.ts: 2026-03-08, 2026/3/8, 2026年3月8日), then checked by the
// court schema's rules; what was typed stays in the fields whatever is wrong with it.
import {
  parseCourtDate,
  parseCourtDates,
  parseHearing,
  type CourtDates,
} from '../../../flows/court/court-dates';
import { isoDate, parseDateInput, parseTime } from '../../forms/parse-input';

export const DATE_FIELDS = [
  'complaint_received',
  'hearing',
  'evidence_due',
  'judgment_received',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export interface CourtForm {
  readonly complaint_received: string;
  readonly hearing: string;
  readonly hearing_time: string;
  readonly evidence_due: string;
  readonly judgment_received: string;
  readonly small_claims: boolean;
}

export type CourtFormError = 'date' | 'time' | 'time_needs_date';
export type CourtFormErrors = Partial<Record<DateField | 'hearing_time', CourtFormError>>;

export type ReadCourtForm =
  | { readonly ok: true; readonly dates: CourtDates }
  | { readonly ok: false; readonly errors: CourtFormErrors };

/** The stored dates as the form shows them (the hearing split into its date and time). */
export function formFromDates(dates: CourtDates): CourtForm {
  const hearing = dates.hearing === undefined ? null : parseHearing(dates.hearing);
  return {
    complaint_received: dates.complaint_received ?? '',
    hearing: hearing?.date ?? '',
    hearing_time: hearing?.time ?? '',
    evidence_due: dates.evidence_due ?? '',
    judgment_received: dates.judgment_received ?? '',
    small_claims: dates.small_claims ?? false,
  };
}

/** A typed date as YYYY-MM-DD, '' when left empty, or null when it names no real day. */
function readDate(text: string): string | null {
  if (text.trim() === '') return '';
  const parts = parseDateInput(text);
  return parts === null ? null : parseCourtDate(isoDate(parts));
}

export function readCourtForm(form: CourtForm): ReadCourtForm {
  const errors: CourtFormErrors = {};
  const dates: Record<string, string | boolean> = {};
  for (const field of DATE_FIELDS) {
    const date = readDate(form[field]);
    if (date === null) errors[field] = 'date';
    else if (date !== '') dates[field] = date;
  }
  if (form.hearing_time.trim() !== '') {
    const time = parseTime(form.hearing_time);
    if (time === null) errors.hearing_time = 'time';
    else if (form.hearing.trim() === '') errors.hearing = 'time_needs_date';
    else if (typeof dates.hearing === 'string') dates.hearing = `${dates.hearing}T${time}`;
  }
  if (form.small_claims) dates.small_claims = true;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The stored shape is the schema's: checked once more, so the form can never save what the
  // store would refuse to read back.
  const checked = parseCourtDates(dates);
  if (checked.ok) return { ok: true, dates: checked.dates };
  return { ok: false, errors: Object.fromEntries(checked.problems.map((p) => [p.field, 'date'])) };
}
