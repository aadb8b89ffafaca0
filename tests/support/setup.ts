// Shared test setup: DOM matchers for component tests (harmless in node tests).
import '@testing-library/jest-dom/vitest';

// The screens the app fetches lazily are fetched up front, as the app does once a person starts
// answering, so component tests meet them at once.
if (typeof document !== 'undefined') {
  await import('../../src/app/lazy-screens').then((m) => m.preloadLaterScreens());
}
