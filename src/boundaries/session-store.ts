// The saved session: answers keyed by question id, never an XState snapshot. Reading it back goes
// through zod in session-load.ts, fetched only when something was saved.
import type { Answers } from '../../flows/debt-collection/answers';
import type { SafeStorage } from './storage';

export const SESSION_KEY = 'dcg.session.v1';

/** The envelope written around the answers; session-load.ts refuses any other. */
export const SESSION_VERSION = 1;

/** Whether anything is stored under the session's key (valid or not). */
export function hasStoredSession(storage: SafeStorage): boolean {
  return storage.read(SESSION_KEY) !== null;
}

export function saveSession(storage: SafeStorage, answers: Answers): boolean {
  return storage.write(SESSION_KEY, JSON.stringify({ v: SESSION_VERSION, answers }));
}

export function clearSession(storage: SafeStorage): void {
  storage.remove(SESSION_KEY);
}
