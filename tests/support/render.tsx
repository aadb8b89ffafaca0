// Renders the whole guide as a person meets it: real i18n, real flow, storage in memory.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import type { Answers } from '../../flows/debt-collection/answers';
import { QUESTIONS, type QuestionId } from '../../flows/debt-collection/questions';
import { App } from '../../src/app/App';
import { browserHistory } from '../../src/app/guide-history';
import { readStartup } from '../../src/app/session';
import { safeStorage, type SafeStorage } from '../../src/boundaries/storage';
import { createI18n } from '../../src/i18n/init';
import { questionText } from '../../src/i18n/keys';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { loadFactsStrings } from '../../src/i18n/lazy-bundles';

/** A Storage kept in memory, shared between renders to stand in for a reload. */
export function memoryStorage(
  initial: Record<string, string> = {},
): Storage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

export interface Rendered {
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly i18n: i18n;
  readonly storage: SafeStorage;
  readonly unmount: () => void;
}

export interface GuideOptions {
  readonly language?: Language;
  readonly store?: Storage;
  readonly preload?: Answers;
  /** As after a reload: the browser's current entry is kept, not a fresh visit's. */
  readonly reload?: boolean;
}

export async function renderGuide(options: GuideOptions = {}): Promise<Rendered> {
  // The guide's entries in jsdom's one history would otherwise carry over from the last test.
  if (!options.reload) window.history.replaceState(null, '');
  const storage = safeStorage(() => options.store ?? memoryStorage());
  const [i18n, startup] = await Promise.all([
    createI18n(options.language ?? 'zh-CN'),
    readStartup(storage),
    // The result's legal facts: in jsdom React does not retry a screen whose strings arrive
    // outside act() (in a browser it does).
    Promise.all(LANGUAGES.map((language) => loadFactsStrings(language))),
  ]);
  const view = render(
    <App
      i18n={i18n}
      storage={storage}
      startup={startup}
      // jsdom paints nothing: entries are written at once instead of after the next paint.
      history={browserHistory(window, undefined, (write) => write())}
      {...(options.preload ? { preload: options.preload } : {})}
    />,
  );
  return { user: userEvent.setup(), i18n, storage, unmount: view.unmount };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The option's input, found by its label as a screen reader announces it. */
export function optionInput(i18n: i18n, question: QuestionId, option: string): HTMLElement {
  const label = questionText(i18n.t, question).option[option]?.label ?? option;
  const role = QUESTIONS[question].kind === 'one' ? 'radio' : 'checkbox';
  return screen.getByRole(role, { name: new RegExp(`^${escape(label)}`) });
}

export function heading(i18n: i18n, question: QuestionId): HTMLElement {
  return screen.getByRole('heading', { level: 1, name: questionText(i18n.t, question).title });
}

/** Chooses the answer's options and presses Continue. */
export async function answer(r: Rendered, question: QuestionId, value: string | readonly string[]) {
  heading(r.i18n, question);
  for (const option of typeof value === 'string' ? [value] : value) {
    const input = optionInput(r.i18n, question, option);
    if (!(input as HTMLInputElement).checked) await r.user.click(input);
  }
  await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.continue) }));
}

/** Answers every question the guide asks from `answers`, in the order it asks them. */
export async function answerAll(r: Rendered, answers: Answers, order: readonly QuestionId[]) {
  for (const question of order) {
    const value = answers[question];
    if (value !== undefined) await answer(r, question, value);
  }
}
