// @vitest-environment jsdom
// The start screen the build puts into index.html (src/prerender.tsx), taken over by the app the
// way src/main.tsx does it: hydrated for a new visitor, replaced for a returning one, with no
// hydration error either way, and working at once.
import { runInThisContext } from 'node:vm';
import { act, screen } from '@testing-library/react';
import type { MockInstance } from 'vitest';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { App } from '../../src/app/App';
import { earlyTapScript } from '../../scripts/build/early-tap';
import { takeEarlyBegin } from '../../src/app/early-tap';
import {
  PRERENDERED_ATTRIBUTE,
  firstScreenKey,
  mount,
  opensOnFirstQuestion,
} from '../../src/app/mount';
import { readClearOnExit } from '../../src/app/quick-exit';
import { readStartup } from '../../src/app/session';
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

async function takeOver(
  language: Language,
  saved: Record<string, string> = {},
  before: (container: HTMLElement) => void = () => undefined,
) {
  const built = await renderStartScreen();
  const container = document.createElement('div');
  container.id = 'root';
  container.setAttribute(PRERENDERED_ATTRIBUTE, built.screen);
  container.innerHTML = built.html;
  document.body.replaceChildren(container);
  const prerenderedHeading = container.querySelector('h1');
  before(container);

  const storage = safeStorage(() => memoryStorage(saved));
  const i18n = await createI18n(language);
  const startup = await readStartup(storage);
  const first = {
    language,
    startup,
    preloaded: false,
    clearOnExit: readClearOnExit(storage),
    beganEarly: takeEarlyBegin(document.documentElement),
  };
  await act(async () => {
    mount(
      container,
      <StrictMode>
        <App
          i18n={i18n}
          storage={storage}
          startup={startup}
          beginNow={opensOnFirstQuestion(first)}
        />
      </StrictMode>,
      firstScreenKey(first),
    );
    await Promise.resolve();
  });
  return { i18n, hydrated: container.querySelector('h1') === prerenderedHeading };
}

describe('the pre-rendered start screen', () => {
  let errors: MockInstance<typeof console.error>;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    errors.mockRestore();
  });

  it('is hydrated for a new visitor in 简体中文, and "begin" works', async () => {
    const { i18n, hydrated } = await takeOver('zh-CN');
    expect(hydrated).toBe(true);
    expect(errors).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: i18n.t(($) => $.start.begin) }));
    expect(
      screen.getByRole('heading', { level: 1, name: i18n.t(($) => $.question.debt_type.title) }),
    ).toHaveFocus();
  });

  it('is replaced for another language', async () => {
    const { i18n, hydrated } = await takeOver('en');
    expect(hydrated).toBe(false);
    expect(errors).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      i18n.t(($) => $.start.heading),
    );
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('is replaced when answers were saved, offering to continue', async () => {
    const saved = { [SESSION_KEY]: JSON.stringify({ v: 1, answers: { debt_type: 'bank_loan' } }) };
    const { i18n, hydrated } = await takeOver('zh-CN', saved);
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
    const { i18n, hydrated } = await takeOver('zh-CN', {}, tapBeginEarly);
    expect(hydrated).toBe(false);
    expect(errors).not.toHaveBeenCalled();
    expect(
      screen.getByRole('heading', { level: 1, name: i18n.t(($) => $.question.debt_type.title) }),
    ).toHaveFocus();
    expect(document.documentElement).not.toHaveAttribute('data-early-action');
  });

  it('does not set saved answers aside for an early "begin": it offers to continue', async () => {
    const saved = { [SESSION_KEY]: JSON.stringify({ v: 1, answers: { debt_type: 'bank_loan' } }) };
    const { i18n } = await takeOver('zh-CN', saved, tapBeginEarly);
    expect(screen.getByRole('button', { name: i18n.t(($) => $.start.continue) })).toBeVisible();
  });

  it('leaves taps to the app once it has taken over', async () => {
    const { i18n } = await takeOver('zh-CN');
    const begin = screen.getByRole('button', { name: i18n.t(($) => $.start.begin) });
    await userEvent.click(begin);
    expect(begin).not.toHaveAttribute('aria-busy');
    expect(document.documentElement).not.toHaveAttribute('data-early-action');
  });
});
