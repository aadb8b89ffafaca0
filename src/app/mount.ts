import { startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Language } from '../i18n/languages';
import { PRERENDERED_ATTRIBUTE } from '../ui/prerender-markers';
import type { Startup } from './session';

export { PRERENDERED_ATTRIBUTE };

export interface FirstScreen {
  readonly language: Language;
  readonly startup: Startup;
  readonly preloaded: boolean;
  readonly clearOnExit: boolean;
  /** "Begin" was tapped on the pre-rendered start screen before the app loaded. */
  readonly beganEarly: boolean;
  /** The page reopened a guide entry other than the start screen (a reload on a money screen). */
  readonly reopenedElsewhere?: boolean;
}

/** An early "begin" is honoured unless there are answers (saved or linked) it would set aside. */
export function opensOnFirstQuestion(screen: FirstScreen): boolean {
  return screen.beganEarly && screen.startup.saved === null && !screen.preloaded;
}

/**
 * Names the first screen the app will render. Only a plain start screen (no saved answers, no
 * notice, no share link, default settings) can match the pre-rendered one; others differ.
 */
export function firstScreenKey(screen: FirstScreen): string {
  if (opensOnFirstQuestion(screen)) return 'question';
  const plain =
    !screen.preloaded &&
    screen.startup.saved === null &&
    screen.startup.notices.length === 0 &&
    !screen.clearOnExit &&
    !screen.reopenedElsewhere;
  return plain ? `start:${screen.language}` : 'other';
}

/** Hydrates the pre-rendered HTML when it shows the same screen; otherwise renders afresh. */
export function mount(container: HTMLElement, app: ReactNode, screen: string): void {
  const prerendered = container.getAttribute(PRERENDERED_ATTRIBUTE);
  container.removeAttribute(PRERENDERED_ATTRIBUTE);
  // createRoot replaces the pre-rendered HTML when it commits: no blank frame in between.
  // Hydrating as a transition, React works in slices of a few milliseconds with the page free to
  // respond in between (a tap meanwhile hydrates at once and is handled), not in one long task. A
  // fresh render is not sliced: in between, a tap would land on pre-rendered HTML no one handles.
  if (prerendered === screen) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
}
