// The court dates' key and their removal, apart from their schema: clearing the answers clears
// the dates too, and the first screen should not carry the schema to do it.
import type { SafeStorage } from './storage';

export const COURT_DATES_KEY = 'dcg.court-dates.v1';

export function clearCourtDates(storage: SafeStorage): void {
  storage.remove(COURT_DATES_KEY);
}
