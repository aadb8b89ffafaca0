// @vitest-environment jsdom
// The start screen the build puts into index.html (src/prerender.tsx), taken over by the app as
// src/main.tsx does it (startApp): hydrated for a new visitor, replaced for a returning one, with
// no hydration error either way, and working at once; what was done on it before the app loaded
// (the build's early script) is kept.
import { runInThisContext } from 'node:vm';
import { act, fireEvent, screen } from '@testing-library/react';
import type { MockInstance } from 'vitest';
import userEvent from '@testing-library/user-event';
import { earlyTapScript } from '../../scripts/build/early-tap';
import { LANGUAGE_KEY } from '../../src/app/language';
import { PRERENDERED_ATTRIBUTE } from '../../src/app/mount';
import { startApp } from '../../src/app/start-app';
import { SESSION_KEY } from '../../src/boundaries/session-store';
import { safeStorage } from '../../src/boundaries/storage';
import { createI18n } from '../../src/i18n/init';
import type { Language } from '../../src/i18n/languages';
import { renderStartScreen } from '../../src/prerender';
import { memoryStorage } from '../support/render';

// The build's early script, as index.html runs it before the app (once: it listens on document).
beforeAll(() => {
  runInThisContext(earlyTapScript());
});

interface TakeOver {
  /** The address's query, e.g. "?lang=en". */
  readonly search?: string;
  readonly saved?: Record<string, string>;
  /** What the person does on the pre-rendered page before the app runs. */
  readonly before?: (container: HTMLElement) => void;
}

async function takeOver({ search = '', saved = {}, before }: TakeOver = {}) {
  // A new visit: no entry of the guide's from an earlier test in jsdom's one history.
  window.history.replaceState(null, '');
  const built = await renderStartScreen();
  const container = document.createElement('div');
  container.id = 'root';
  container.setAttribute(PRERENDERED_ATTRIBUTE, built.screen);
  container.innerHTML = built.html;
  document.body.replaceChildren(container);
  const prerenderedHeading = container.querySelector('h1');
  before?.(container);

  const store = memoryStorage(saved);
  await act(async () => {
    await startApp({
      root: container,
      storage: safeStorage(() => store),
      location: { hash: '', pathname: '/', search },
      history: window.history,
    });
    await Promise.resolve();
  });
  return { store, hydrated: container.querySelector('h1') === prerenderedHeading };
}

/** The words expected on screen, in a language. */
const words = (language: Language) => createI18n(language);

const SAVED = { [SESSION_KEY]: JSON.stringify({ v: 1, answers: { debt_type: 'bank_loan' } }) };

describe('the pre-rendered start screen', () => {
  let errors: MockInstance<typeof console.error>;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    errors.mockRestore();
  });

  it('is hydrated for a new visitor in 简体中文, and "begin" works', async () => {
    const { hydrated } = await takeOver();
    const i18n = await words('zh-CN');
    expect(hydrated).toBe(true);
    expect(errors).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: i18n.t(($) => $.start.begin) }));
    expect(
      screen.getByRole('heading', { level: 1, name: i18n.t(($) => $.question.debt_type.title) }),
    ).toHaveFocus();
  });

  it('is replaced for another language', async () => {
    const { hydrated } = await takeOver({ search: '?lang=en' });
    const i18n = await words('en');
    expect(hydrated).toBe(false);
    expect(errors).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      i18n.t(($) => $.start.heading),
    );
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('is replaced when answers were saved, offering to continue', async () => {
    const { hydrated } = await takeOver({ saved: SAVED });
    const i18n = await words('zh-CN');
    expect(hydrated).toBe(false);
    expect(errors).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: i18n.t(($) => $.start.continue) })).toBeVisible();
  });

  /** Taps "begin" on the pre-rendered page, as a person would before the app has loaded. */
  const tapBeginEarly = (container: HTMLElement) => {
    const begin = container.querySelector<HTMLButtonElement>('.button-wide');
    if (!begin) throw new Error('no begin button');
    begin.click();
    expect(begin).toHaveAttribute('aria-busy', 'true');
  };

  it('keeps a "begin" tapped before the app loaded, and opens on the first question', async () => {
    const { hydrated } = await takeOver({ before: tapBeginEarly });
    const i18n = await words('zh-CN');
    expect(hydrated).toBe(false);
    expect(errors).not.toHaveBeenCalled();
    expect(
      screen.getByRole('heading', { level: 1, name: i18n.t(($) => $.question.debt_type.title) }),
    ).toHaveFocus();
    expect(document.documentElement).not.toHaveAttribute('data-early-action');
  });

  it('does not set saved answers aside for an early "begin": it offers to continue', async () => {
    await takeOver({ saved: SAVED, before: tapBeginEarly });
    const i18n = await words('zh-CN');
    expect(screen.getByRole('button', { name: i18n.t(($) => $.start.continue) })).toBeVisible();
  });

  it('leaves taps to the app once it has taken over', async () => {
    await takeOver();
    const i18n = await words('zh-CN');
    const begin = screen.getByRole('button', { name: i18n.t(($) => $.start.begin) });
    await userEvent.click(begin);
    expect(begin).not.toHaveAttribute('aria-busy');
    expect(document.documentElement).not.toHaveAttribute('data-early-action');
  });

  it('keeps a language chosen before the app loaded, and remembers it', async () => {
    const { hydrated, store } = await takeOver({
      before: (container) => {
        const menu = container.querySelector('select');
        if (!menu) throw new Error('no language menu');
        fireEvent.change(menu, { target: { value: 'en' } });
      },
    });
    const i18n = await words('en');
    expect(hydrated).toBe(false);
    expect(errors).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      i18n.t(($) => $.start.heading),
    );
    expect(document.documentElement.lang).toBe('en');
    expect(store.getItem(LANGUAGE_KEY)).toBe('en');
    expect(document.documentElement).not.toHaveAttribute('data-early-language');
  });

  it('keeps both: a language chosen, then "begin" tapped, before the app loaded', async () => {
    await takeOver({
      before: (container) => {
        const menu = container.querySelector('select');
        if (!menu) throw new Error('no language menu');
        fireEvent.change(menu, { target: { value: 'zh-Hant' } });
        tapBeginEarly(container);
      },
    });
    const i18n = await words('zh-Hant');
    expect(
      screen.getByRole('heading', { level: 1, name: i18n.t(($) => $.question.debt_type.title) }),
    ).toHaveFocus();
  });
});
