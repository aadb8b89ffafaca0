// The actions a person has ticked as done, kept beside the answers and cleared with them
// (clear-done.ts). Checked by hand on reading: a short list of ids needs no schema library.
import { DONE_KEY } from './kept-with-answers';
import type { SafeStorage } from './storage';

const MAX_BYTES = 4 * 1024;
const ACTION_ID = /^[a-z0-9_]{1,64}$/;

/** The ticked action ids; anything damaged or tampered with reads as nothing ticked. */
export function loadDone(storage: SafeStorage): readonly string[] {
  const raw = storage.read(DONE_KEY);
  if (raw === null || raw.length > MAX_BYTES) return [];
  try {
    const json: unknown = JSON.parse(raw);
    if (!Array.isArray(json)) return [];
    return [
      ...new Set(json.filter((id): id is string => typeof id === 'string' && ACTION_ID.test(id))),
    ];
  } catch {
    return [];
  }
}

export function saveDone(storage: SafeStorage, ids: readonly string[]): boolean {
  return storage.write(DONE_KEY, JSON.stringify(ids));
}
