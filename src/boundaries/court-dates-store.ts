// The dates from the person's court papers, kept on this device beside the answers and read back
// through the same schema the deadlines command uses (flows/court/court-dates.ts).
import { parseCourtDates, type CourtDates } from '../../flows/court/court-dates';
import { COURT_DATES_KEY } from './kept-with-answers';
import { readStoredJson, type SafeStorage } from './storage';

export type LoadedCourtDates =
  { readonly kind: 'ok'; readonly dates: CourtDates } | { readonly kind: 'unreadable' };

const MAX_BYTES = 4 * 1024;

/** Reads the dates; never throws, never writes. Nothing saved reads as no dates. */
export function loadCourtDates(storage: SafeStorage): LoadedCourtDates {
  const stored = readStoredJson(storage, COURT_DATES_KEY, MAX_BYTES);
  if (stored.kind === 'none') return { kind: 'ok', dates: {} };
  if (stored.kind === 'unreadable') return stored;
  const parsed = parseCourtDates(stored.json);
  return parsed.ok ? { kind: 'ok', dates: parsed.dates } : { kind: 'unreadable' };
}

export function saveCourtDates(storage: SafeStorage, dates: CourtDates): boolean {
  return storage.write(COURT_DATES_KEY, JSON.stringify(dates));
}
