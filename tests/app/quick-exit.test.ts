// Leaving in a hurry: blank at once; back to the guide's first history entry, which the neutral
// page then replaces (never pushed); and Back or Forward into the guide afterwards leaves again.
import {
  CLEAR_ON_EXIT_KEY,
  LEFT_KEY,
  NEUTRAL_PAGE,
  leaveNow,
  readClearOnExit,
  returnedAfterLeaving,
  writeClearOnExit,
} from '../../src/app/quick-exit';
import { safeStorage } from '../../src/boundaries/storage';
import { memoryStorage } from '../support/render';

function departure(rewind: () => Promise<void>) {
  const steps: string[] = [];
  const page = { body: { hidden: false } as HTMLElement, title: '催收应对向导' };
  const tab = memoryStorage();
  const left = leaveNow({
    document: page,
    location: { replace: (url) => void steps.push(`replace ${String(url)}`) },
    rewind: () => {
      steps.push(`rewind (hidden: ${String(page.body.hidden)})`);
      return rewind();
    },
    tab: safeStorage(() => tab),
  });
  return { steps, page, tab, left };
}

describe('leaving quickly', () => {
  it('hides the page at once, goes back to the first entry, then replaces it', async () => {
    let arrive = () => undefined as void;
    const { steps, page, tab, left } = departure(
      () => new Promise<void>((resolve) => (arrive = resolve)),
    );
    expect(page.body.hidden).toBe(true);
    expect(page.title).toBe('');
    expect(tab.getItem(LEFT_KEY)).toBe('1');
    expect(steps).toEqual(['rewind (hidden: true)']);
    arrive();
    await left;
    expect(steps).toEqual(['rewind (hidden: true)', `replace ${NEUTRAL_PAGE}`]);
  });

  it('leaves even when going back fails', async () => {
    const { steps, left } = departure(() => Promise.reject(new Error('no history')));
    await left;
    expect(steps.at(-1)).toBe(`replace ${NEUTRAL_PAGE}`);
  });
});

describe('coming back after leaving quickly', () => {
  const tabWith = (left: boolean) => {
    const tab = memoryStorage(left ? { [LEFT_KEY]: '1' } : {});
    return { tab, storage: safeStorage(() => tab) };
  };

  it('leaves again when the guide is reached by Back or Forward', () => {
    const { storage, tab } = tabWith(true);
    expect(returnedAfterLeaving(storage, 'back_forward')).toBe(true);
    expect(tab.getItem(LEFT_KEY)).toBe('1');
  });

  it.each(['navigate', 'reload', undefined])('stays for a visit of its own (%s)', (navigation) => {
    const { storage, tab } = tabWith(true);
    expect(returnedAfterLeaving(storage, navigation)).toBe(false);
    expect(tab.getItem(LEFT_KEY)).toBeNull();
  });

  it('stays when the guide was never left', () => {
    expect(returnedAfterLeaving(tabWith(false).storage, 'back_forward')).toBe(false);
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
