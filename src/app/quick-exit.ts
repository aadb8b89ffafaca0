// Leaving in a hurry: the page goes blank at once and is replaced by a neutral site. The guide has
// an entry in the browser's history per screen, so it first goes back to its first one and the
// neutral site replaces that: Back then goes to the page before the guide, never into it.
import type { SafeStorage } from '../boundaries/storage';

/**
 * A page that looks like ordinary browsing: the weather, on an official site (中国气象局), as
 * every other address the guide shows or opens is.
 */
export const NEUTRAL_PAGE = 'https://www.cma.gov.cn/';

/** The person's choice to clear the answers whenever they leave this way. */
export const CLEAR_ON_EXIT_KEY = 'dcg.exit.clear';

/** In this tab's session storage: the guide was left by quick exit. */
export const LEFT_KEY = 'dcg.exit.left';

export function readClearOnExit(storage: SafeStorage): boolean {
  return storage.read(CLEAR_ON_EXIT_KEY) === '1';
}

export function writeClearOnExit(storage: SafeStorage, clear: boolean): void {
  if (clear) storage.write(CLEAR_ON_EXIT_KEY, '1');
  else storage.remove(CLEAR_ON_EXIT_KEY);
}

export interface Departure {
  readonly document: Pick<Document, 'body' | 'title'>;
  readonly location: Pick<Location, 'replace'>;
  /** Back to the guide's first history entry (guide-history.ts). */
  readonly rewind: () => Promise<void>;
  /** This tab's session storage, to remember that the guide was left. */
  readonly tab: SafeStorage;
}

export function leaveNow({ document, location, rewind, tab }: Departure): Promise<void> {
  // Hidden before the neutral page arrives, which may take seconds on a slow network.
  document.body.hidden = true;
  document.title = '';
  tab.write(LEFT_KEY, '1');
  const leave = () => location.replace(NEUTRAL_PAGE);
  return rewind().then(leave, leave);
}

/**
 * Forward from the neutral page still leads to the guide's later entries (browsers keep them).
 * Arriving that way, or by Back or Forward at all after a quick exit, the guide leaves again at
 * once; a visit of its own (typed, bookmarked, a link) or a reload clears the mark.
 */
export function returnedAfterLeaving(tab: SafeStorage, navigation: string | undefined): boolean {
  if (tab.read(LEFT_KEY) === null) return false;
  if (navigation === 'back_forward') return true;
  tab.remove(LEFT_KEY);
  return false;
}

/** How this page was reached: 'navigate', 'reload' or 'back_forward' (Navigation Timing). */
export function navigationType(view: Pick<Window, 'performance'>): string | undefined {
  const [entry] = view.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type;
}
