// The pre-rendered start screen is on screen about a second and a half before the app can act on
// it (slow 4G, cheap phone). A tap on "begin" or a language chosen in that time must not be lost:
// the build's early script (scripts/build/early-tap.ts) records them on <html>, and the app reads
// them once at start.
import { parseLanguage, type Language } from '../i18n/languages';
import { EARLY_ACTION_ATTRIBUTE, EARLY_LANGUAGE_ATTRIBUTE } from '../ui/prerender-markers';

export type EarlyAction = 'begin';

/** Whether "begin" was tapped before the app took over; the record is removed as it is read. */
export function takeEarlyBegin(root: HTMLElement): boolean {
  return takeAttribute(root, EARLY_ACTION_ATTRIBUTE) === ('begin' satisfies EarlyAction);
}

/** The language chosen on the pre-rendered menu, if any (and one of ours); removed as read. */
export function takeEarlyLanguage(root: HTMLElement): Language | null {
  return parseLanguage(takeAttribute(root, EARLY_LANGUAGE_ATTRIBUTE));
}

/** Reads a record once: it is gone after, so a later read cannot act on it again. */
function takeAttribute(root: HTMLElement, name: string): string | null {
  const value = root.getAttribute(name);
  root.removeAttribute(name);
  return value;
}
