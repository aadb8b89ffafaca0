// @vitest-environment jsdom
// The pre-rendered start screen is hydrated only when the app's first screen is the same one;
// otherwise it is replaced cleanly. Either way, React reports nothing.
import type { MockInstance } from 'vitest';
import { act } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import {
  PRERENDERED_ATTRIBUTE,
  firstScreenKey,
  mount,
  opensOnFirstQuestion,
} from '../../src/app/mount';

const plain = {
  language: 'zh-CN',
  startup: { saved: null, notices: [] },
  preloaded: false,
  clearOnExit: false,
  beganEarly: false,
} as const;

describe('the first screen', () => {
  it('is the plain start screen for a new visitor, per language', () => {
    expect(firstScreenKey(plain)).toBe('start:zh-CN');
    expect(firstScreenKey({ ...plain, language: 'en' })).toBe('start:en');
  });

  it.each([
    ['saved answers', { startup: { saved: { debt_type: 'bank_loan' }, notices: [] } }],
    ['a notice', { startup: { saved: null, notices: [{ kind: 'storage_off' }] } }],
    ['a share link', { preloaded: true }],
    ['"clear answers on exit" ticked', { clearOnExit: true }],
    ['a reload on a money screen', { reopenedElsewhere: true }],
  ] as const)('is something else with %s', (_, change) => {
    expect(firstScreenKey({ ...plain, ...change })).toBe('other');
  });

  it('is the first question when "begin" was tapped before the app loaded', () => {
    const early = { ...plain, beganEarly: true };
    expect(opensOnFirstQuestion(early)).toBe(true);
    expect(firstScreenKey(early)).toBe('question');
    // A notice or another language does not stop it: they are shown on the question too.
    const noticed = {
      ...early,
      language: 'en',
      startup: { saved: null, notices: [{ kind: 'storage_off' }] },
    } as const;
    expect(opensOnFirstQuestion(noticed)).toBe(true);
  });

  it.each([
    ['saved answers', { startup: { saved: { debt_type: 'bank_loan' }, notices: [] } }],
    ['a share link', { preloaded: true }],
  ] as const)(
    'stays on the start screen after an early "begin" with %s, to keep them',
    (_, change) => {
      const early = { ...plain, beganEarly: true, ...change };
      expect(opensOnFirstQuestion(early)).toBe(false);
      expect(firstScreenKey(early)).toBe('other');
    },
  );

  it('is never the first question without an early tap', () => {
    expect(opensOnFirstQuestion(plain)).toBe(false);
  });
});

function Screen({ text }: { readonly text: string }) {
  return (
    <main>
      <h1>{text}</h1>
    </main>
  );
}

function prerendered(screen: string): HTMLElement {
  const container = document.createElement('div');
  container.setAttribute(PRERENDERED_ATTRIBUTE, screen);
  container.innerHTML = renderToString(<Screen text="被催收了，先别慌" />);
  document.body.replaceChildren(container);
  return container;
}

describe('mounting', () => {
  let errors: MockInstance<typeof console.error>;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    errors.mockRestore();
  });

  it('hydrates the pre-rendered HTML of the same screen, keeping its elements', async () => {
    const container = prerendered('start:zh-CN');
    const heading = container.querySelector('h1');
    await act(async () => {
      mount(container, <Screen text="被催收了，先别慌" />, 'start:zh-CN');
      await Promise.resolve();
    });
    expect(container.querySelector('h1')).toBe(heading);
    expect(container.hasAttribute(PRERENDERED_ATTRIBUTE)).toBe(false);
    expect(errors).not.toHaveBeenCalled();
  });

  it('renders afresh over it when the first screen differs', async () => {
    const container = prerendered('start:zh-CN');
    await act(async () => {
      mount(container, <Screen text="Being chased for a debt?" />, 'start:en');
      await Promise.resolve();
    });
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(container.textContent).toBe('Being chased for a debt?');
    expect(errors).not.toHaveBeenCalled();
  });
});
