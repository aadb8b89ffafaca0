// Leaving in a hurry: the page goes blank at once and is replaced (not added to history, so Back
// does not return here) by a neutral site; first the answers are cleared, if the person chose so.
import type { SafeStorage } from '../boundaries/storage';

/** A page that looks like ordinary browsing. */
export const NEUTRAL_PAGE = 'https://www.baidu.com/';

/** The person's choice to clear the answers whenever they leave this way. */
export const CLEAR_ON_EXIT_KEY = 'dcg.exit.clear';

export function readClearOnExit(storage: SafeStorage): boolean {
  return storage.read(CLEAR_ON_EXIT_KEY) === '1';
}

export function writeClearOnExit(storage: SafeStorage, clear: boolean): void {
  if (clear) storage.write(CLEAR_ON_EXIT_KEY, '1');
  else storage.remove(CLEAR_ON_EXIT_KEY);
}

export interface Departure {
  /** Clears the answers (and whatever else "clear my answers" clears); null to keep them. */
  readonly clear: (() => void) | null;
  readonly document: Pick<Document, 'body' | 'title'>;
  readonly location: Pick<Location, 'replace'>;
}

export function leaveNow({ clear, document, location }: Departure): void {
  clear?.();
  // Hidden before the neutral page arrives, which may take seconds on a slow network.
  document.body.hidden = true;
  document.title = '';
  location.replace(NEUTRAL_PAGE);
}
