// Leaving in a hurry: blank at once, replaced (never pushed) by a neutral page, answers cleared
// only when the person chose so.
import {
  CLEAR_ON_EXIT_KEY,
  NEUTRAL_PAGE,
  leaveNow,
  readClearOnExit,
  writeClearOnExit,
} from '../../src/app/quick-exit';
import { safeStorage } from '../../src/boundaries/storage';
import { memoryStorage } from '../support/render';

function departure(clear: (() => void) | null) {
  const replaced: string[] = [];
  const page = { body: { hidden: false } as HTMLElement, title: '催收应对向导' };
  leaveNow({
    clear,
    document: page,
    location: { replace: (url) => void replaced.push(String(url)) },
  });
  return { replaced, page };
}

describe('leaving quickly', () => {
  it('replaces the page with a neutral one, hiding this one first', () => {
    const { replaced, page } = departure(null);
    expect(replaced).toEqual([NEUTRAL_PAGE]);
    expect(page.body.hidden).toBe(true);
    expect(page.title).toBe('');
  });

  it('clears the answers before leaving when the person chose so', () => {
    const steps: string[] = [];
    leaveNow({
      clear: () => steps.push('clear'),
      document: { body: { hidden: false } as HTMLElement, title: '' },
      location: { replace: (url) => void steps.push(`go ${String(url)}`) },
    });
    expect(steps).toEqual(['clear', `go ${NEUTRAL_PAGE}`]);
  });
});

describe('the "clear answers on exit" choice', () => {
  it('is off until chosen, and remembered', () => {
    const store = memoryStorage();
    const storage = safeStorage(() => store);
    expect(readClearOnExit(storage)).toBe(false);
    writeClearOnExit(storage, true);
    expect(readClearOnExit(storage)).toBe(true);
    writeClearOnExit(storage, false);
    expect(readClearOnExit(storage)).toBe(false);
    expect(store.data.has(CLEAR_ON_EXIT_KEY)).toBe(false);
  });
});
