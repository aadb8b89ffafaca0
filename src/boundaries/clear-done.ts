// The ticked actions' key and their removal, apart from their reader: clearing the answers clears
// the ticks too, and the first screen should carry only this.
import type { SafeStorage } from './storage';

export const DONE_KEY = 'dcg.done.v1';

export function clearDone(storage: SafeStorage): void {
  storage.remove(DONE_KEY);
}
