// @vitest-environment jsdom
// The guide's entries in the browser's history (jsdom's): one per question and screen, holding
// where, never what was answered; Back and Forward heard; entry 0 always the start screen.
import { browserHistory } from '../../src/app/guide-history';
import type { Place } from '../../src/app/guide-state';
import { laterHistory, readEntry, type GuideHistory } from '../../src/app/history-entries';

const START: Place = { screen: 'start' };
const RESULT: Place = { screen: 'result' };
const q = (question: 'debt_type' | 'debt_recognised' | 'collector' | 'conduct'): Place => ({
  screen: 'question',
  question,
});

/** jsdom moves through history asynchronously: wait for the move to land. */
function moved(go: () => void): Promise<unknown> {
  const landed = new Promise((resolve) =>
    window.addEventListener('popstate', (e) => resolve(e.state), { once: true }),
  );
  go();
  return landed;
}

const written: unknown[] = [];
let guide: GuideHistory;

beforeEach(() => {
  window.history.replaceState(null, '');
  written.length = 0;
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method].bind(window.history);
    vi.spyOn(window.history, method).mockImplementation((state, unused) => {
      written.push(state);
      original(state, unused);
    });
  }
  // Written at once here; 'written after the next paint' below tests the deferral itself.
  guide = browserHistory(window, undefined, (write) => write());
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an entry', () => {
  it('is read back only when the guide wrote it', () => {
    expect(readEntry({ screen: 'question', question: 'collector', at: 2 })).toEqual({
      place: q('collector'),
      at: 2,
    });
    expect(readEntry({ screen: 'letters', at: 0 })).toEqual({
      place: { screen: 'letters' },
      at: 0,
    });
    for (const junk of [
      null,
      'start',
      { screen: 'question', question: 'nope', at: 1 },
      { screen: 'question', at: 1 },
      { screen: 'result', at: -1 },
      { screen: 'result', at: 1.5 },
      { screen: 'elsewhere', at: 0 },
      { screen: 'result' },
    ]) {
      expect(readEntry(junk)).toBeNull();
    }
  });

  it('holds where the person is and its number, never an answer', () => {
    guide.open(START, []);
    guide.record(q('collector'), ['debt_type', 'debt_recognised']);
    guide.record(RESULT, ['debt_type', 'debt_recognised', 'collector']);
    expect(written.length).toBeGreaterThan(3);
    for (const state of written) {
      expect(Object.keys(state as object).sort()).toEqual(
        (state as { screen: string }).screen === 'question'
          ? ['at', 'question', 'screen']
          : ['at', 'screen'],
      );
    }
  });
});

describe('the guide in the browser history', () => {
  it('puts the start screen first when the page opens elsewhere, so Back lands there', async () => {
    guide.open(q('debt_type'), []);
    expect(window.history.state).toEqual({ screen: 'question', question: 'debt_type', at: 1 });
    expect(await moved(() => window.history.back())).toEqual({ screen: 'start', at: 0 });
  });

  it('gives each question passed its own entry, so Back walks the questions as answered', async () => {
    guide.open(START, []);
    guide.record(q('conduct'), ['debt_type', 'debt_recognised', 'collector']);
    expect(window.history.state).toEqual({ screen: 'question', question: 'conduct', at: 4 });
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await moved(() => window.history.back()));
    expect(seen).toEqual([
      { screen: 'question', question: 'collector', at: 3 },
      { screen: 'question', question: 'debt_recognised', at: 2 },
      { screen: 'question', question: 'debt_type', at: 1 },
      { screen: 'start', at: 0 },
    ]);
  });

  it('lets the take-away screens replace each other: Back from either is the result', async () => {
    guide.open(RESULT, []);
    guide.record({ screen: 'letters' }, []);
    guide.record({ screen: 'evidence' }, []);
    expect(window.history.state).toEqual({ screen: 'evidence', at: 2 });
    expect(await moved(() => window.history.back())).toEqual({ screen: 'result', at: 1 });
  });

  it('hears Back and Forward, and rewrites an entry to what is shown instead', async () => {
    const heard: [Place, boolean][] = [];
    const stop = guide.listen((place, back) => {
      heard.push([place, back]);
      return place.screen === 'question' && place.question === 'debt_recognised' ? RESULT : place;
    });
    guide.open(START, []);
    guide.record(q('debt_recognised'), ['debt_type']);
    await moved(() => window.history.back());
    await moved(() => window.history.forward());
    expect(heard).toEqual([
      [q('debt_type'), true],
      [q('debt_recognised'), false],
    ]);
    expect(window.history.state).toEqual({ screen: 'result', at: 2 });
    stop();
  });

  it('goes Back only over its own entries', async () => {
    guide.open(START, []);
    expect(guide.back()).toBe(false);
    guide.record(q('debt_type'), []);
    const landed = moved(() => expect(guide.back()).toBe(true));
    expect(await landed).toEqual({ screen: 'start', at: 0 });
  });

  it('rewinds to its first entry, then records what the person moved on to', async () => {
    guide.open(START, []);
    guide.record(RESULT, ['debt_type', 'debt_recognised']);
    const rewound = guide.rewind();
    guide.record(q('debt_type'), []);
    await rewound;
    expect(window.history.state).toEqual({ screen: 'question', question: 'debt_type', at: 1 });
    expect(await moved(() => window.history.back())).toEqual({ screen: 'start', at: 0 });
  });

  it('finds its place again when the page is reloaded', () => {
    guide.open(START, []);
    guide.record(q('collector'), ['debt_type', 'debt_recognised']);
    expect(browserHistory(window).opened).toEqual({ place: q('collector'), at: 3 });
  });
});

describe('written after the next paint', () => {
  let paint: (() => void)[];
  beforeEach(() => {
    paint = [];
    guide = browserHistory(window, undefined, (write) => paint.push(write));
    guide.open(START, []);
  });
  const painted = () => paint.splice(0).forEach((write) => write());

  it('writes nothing before the paint, then the latest place with the questions passed', async () => {
    guide.record(q('debt_recognised'), ['debt_type']);
    guide.record(q('conduct'), ['debt_type', 'debt_recognised', 'collector']);
    expect(window.history.state).toEqual({ screen: 'start', at: 0 });
    expect(paint).toHaveLength(1);
    painted();
    expect(window.history.state).toEqual({ screen: 'question', question: 'conduct', at: 4 });
    expect(await moved(() => window.history.back())).toEqual({
      screen: 'question',
      question: 'collector',
      at: 3,
    });
  });

  it("writes the waiting entry before the guide's own Back, so Back lands one step back", async () => {
    guide.record(q('debt_type'), []);
    guide.record(q('debt_recognised'), ['debt_type']);
    const landed = moved(() => expect(guide.back()).toBe(true));
    expect(await landed).toEqual({ screen: 'question', question: 'debt_type', at: 1 });
  });

  it("drops the waiting entry when the browser moves first: the browser's place wins", async () => {
    guide.record(q('debt_type'), []);
    painted();
    const heard: Place[] = [];
    const stop = guide.listen((place) => (heard.push(place), place));
    guide.record(q('debt_recognised'), ['debt_type']);
    await moved(() => window.history.back());
    painted();
    expect(heard).toEqual([START]);
    expect(window.history.state).toEqual({ screen: 'start', at: 0 });
    stop();
  });
});

describe('the history code, fetched after the first screen', () => {
  it('shows the latest place once it arrives, the questions passed included', async () => {
    let arrive = (_: typeof browserHistory) => undefined as void;
    const later = laterHistory(window, () => new Promise((resolve) => (arrive = resolve)));
    const heard: Place[] = [];
    later.listen((place) => (heard.push(place), place));
    later.open(START, []);
    later.record(q('collector'), ['debt_type', 'debt_recognised']);
    expect(later.back()).toBe(false);
    expect(window.history.state).toBeNull();
    arrive(browserHistory);
    await later.loaded;
    expect(window.history.state).toEqual({ screen: 'question', question: 'collector', at: 3 });
    await moved(() => window.history.back());
    expect(heard).toEqual([q('debt_recognised')]);
  });

  it('lets the guide work on, and leave, when it cannot be fetched', async () => {
    const later = laterHistory(window, () => Promise.reject(new Error('offline')));
    later.open(q('debt_type'), []);
    await expect(later.loaded).resolves.toBeNull();
    await expect(later.rewind()).resolves.toBeUndefined();
    expect(later.back()).toBe(false);
  });
});
