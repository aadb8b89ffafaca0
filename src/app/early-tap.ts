// The pre-rendered start screen is on screen about a second and a half before the app can act on
// it (slow 4G, cheap phone). A tap on "begin" or a language chosen in that time must not be lost:
// the build's early script (scripts/build/early-tap.ts) records them on <html>, and the app reads
// them once at start.
import { parseLanguage, type Language } from '../i18n/languages';
import { EARLY_ACTION_ATTRIBUTE, EARLY_LANGUAGE_ATTRIBUTE } from './prerender-markers';

export type EarlyAction = 'begin';

/** Whether "begin" was tapped before the app took over; the record is removed as it is read. */
export function takeEarlyBegin(root: HTMLElement): boolean {
  const action = root.getAttribute(EARLY_ACTION_ATTRIBUTE);
  root.removeAttribute(EARLY_ACTION_ATTRIBUTE);
  return action === ('begin' satisfies EarlyAction);
}

/** The language chosen on the pre-rendered menu, if any (and one of ours); removed as read. */
export function takeEarlyLanguage(root: HTMLElement): Language | null {
  const language = root.getAttribute(EARLY_LANGUAGE_ATTRIBUTE);
  root.removeAttribute(EARLY_LANGUAGE_ATTRIBUTE);
  return parseLanguage(language);
}
