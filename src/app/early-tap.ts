// The pre-rendered start screen is on screen about a second and a half before the app can act on
// it (slow 4G, cheap phone). A tap on "begin" in that time must not be lost: the build's early
// script (scripts/build/early-tap.ts) records it on <html>, and the app reads it once at start.
import { EARLY_ACTION_ATTRIBUTE } from './prerender-markers';

export type EarlyAction = 'begin';

/** Whether "begin" was tapped before the app took over; the record is removed as it is read. */
export function takeEarlyBegin(root: HTMLElement): boolean {
  const action = root.getAttribute(EARLY_ACTION_ATTRIBUTE);
  root.removeAttribute(EARLY_ACTION_ATTRIBUTE);
  return action === ('begin' satisfies EarlyAction);
}
