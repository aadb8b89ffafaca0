import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Language } from '../i18n/languages';
import type { Startup } from './session';

/** Set on #root by the build (scripts/build/prerender-plugin.ts): which screen it pre-rendered. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

export interface FirstScreen {
  readonly language: Language;
  readonly startup: Startup;
  readonly preloaded: boolean;
  readonly clearOnExit: boolean;
}

/**
 * Names the first screen the app will render. Only a plain start screen (no saved answers, no
 * notice, no share link, default settings) can match the pre-rendered one; others differ.
 */
export function firstScreenKey(screen: FirstScreen): string {
  const plain =
    !screen.preloaded &&
    screen.startup.saved === null &&
    screen.startup.notices.length === 0 &&
    !screen.clearOnExit;
  return plain ? `start:${screen.language}` : 'other';
}

/** Hydrates the pre-rendered HTML when it shows the same screen; otherwise renders afresh. */
export function mount(container: HTMLElement, app: ReactNode, screen: string): void {
  const prerendered = container.getAttribute(PRERENDERED_ATTRIBUTE);
  container.removeAttribute(PRERENDERED_ATTRIBUTE);
  // createRoot replaces the pre-rendered HTML when it commits: no blank frame in between.
  if (prerendered === screen) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
