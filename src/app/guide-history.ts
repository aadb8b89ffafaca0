// The browser's history mirrors the guide (history-entries.ts says what an entry holds), so Back,
// Forward, gestures and Alt+Left move through the guide and a reload finds its place. Back from
// the first question lands on the start screen, entry 0; "clear" and the quick exit return to
// it, so that nothing of the guide is left behind it.
import type { QuestionId } from '../../flows/debt-collection/questions';
import { stepsToPlace } from './flow-steps';
import { TOOL_SCREENS, type Place } from './guide-state';
import { readEntry, type GuideEntry, type GuideHistory } from './history-entries';

const START: Place = { screen: 'start' };

export function samePlace(a: Place, b: Place): boolean {
  return a.screen === b.screen && (a.screen !== 'question' || a.question === questionOf(b));
}

function questionOf(place: Place): QuestionId | undefined {
  return place.screen === 'question' ? place.question : undefined;
}

const isTool = (place: Place) => (TOOL_SCREENS as readonly string[]).includes(place.screen);

function entryState({ place, at }: GuideEntry) {
  return place.screen === 'question'
    ? { screen: place.screen, question: place.question, at }
    : { screen: place.screen, at };
}

/** The questions the flow passed between two places: those on the trail after the first. */
function passedQuestions(
  from: Place,
  to: Place,
  trail: readonly QuestionId[],
): readonly QuestionId[] {
  if (to.screen !== 'question' && to.screen !== 'result') return [];
  if (from.screen === 'start') return trail;
  const at = from.screen === 'question' ? trail.indexOf(from.question) : -1;
  return at < 0 ? [] : trail.slice(at + 1);
}

type HistoryWindow = Pick<
  Window,
  'addEventListener' | 'removeEventListener' | 'setTimeout' | 'requestAnimationFrame'
> & {
  readonly history: Pick<History, 'state' | 'pushState' | 'replaceState' | 'go' | 'back'>;
};

/** Runs `write` once the next screen has been painted. */
export type AfterPaint = (write: () => void) => void;

/**
 * A new entry costs Chromium about 10 ms of a cheap phone's main thread (4× slowdown): written
 * after the next question is painted, not before, it no longer delays it.
 */
const afterNextPaint =
  (view: HistoryWindow): AfterPaint =>
  (write) =>
    view.requestAnimationFrame(() => view.setTimeout(write, 0));

/** How long a rewind may take before the guide stops waiting for it. */
const REWIND_LIMIT_MS = 1000;

export function browserHistory(
  view: HistoryWindow,
  opened: GuideEntry | null = readEntry(view.history.state),
  afterPaint: AfterPaint = afterNextPaint(view),
): GuideHistory {
  const { history } = view;
  let current = opened;
  let rewinding: Promise<void> | null = null;
  let wanted: [Place, readonly QuestionId[]] | null = null;
  // The latest place not yet written (written after the next paint); the latest wins.
  let unwritten: [Place, readonly QuestionId[]] | null = null;

  const write = (entry: GuideEntry, how: 'push' | 'replace') => {
    if (how === 'push') history.pushState(entryState(entry), '');
    else history.replaceState(entryState(entry), '');
    current = entry;
  };
  const push = (place: Place, from: GuideEntry) => write({ place, at: from.at + 1 }, 'push');
  const record = (place: Place, trail: readonly QuestionId[]) => {
    if (rewinding) {
      wanted = [place, trail];
      return;
    }
    if (current === null) return open(place, trail);
    if (samePlace(current.place, place)) return;
    if (isTool(current.place) && isTool(place)) return write({ place, at: current.at }, 'replace');
    for (const question of passedQuestions(current.place, place, trail)) {
      push({ screen: 'question', question }, current);
    }
    push(place, current);
  };
  const open = (place: Place, trail: readonly QuestionId[]) => {
    if (current !== null) {
      if (!samePlace(current.place, place)) write({ place, at: current.at }, 'replace');
      return;
    }
    write({ place: START, at: 0 }, 'replace');
    record(place, trail);
  };
  const writeUnwritten = () => {
    const place = unwritten;
    unwritten = null;
    if (place) record(...place);
  };
  const recordAfterPaint = (place: Place, trail: readonly QuestionId[]) => {
    const waiting = unwritten !== null;
    unwritten = [place, trail];
    if (!waiting) afterPaint(writeUnwritten);
  };
  const rewind = (steps: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        view.removeEventListener('popstate', arrived);
        current = readEntry(history.state) ?? current;
        rewinding = null;
        const next = wanted;
        wanted = null;
        if (next) record(...next);
        resolve();
      };
      const arrived = () => done();
      view.addEventListener('popstate', arrived);
      // Should the browser not move (or not say so), the guide does not wait forever.
      view.setTimeout(() => rewinding && done(), REWIND_LIMIT_MS);
      history.go(-steps);
    });

  return {
    opened,
    stepsTo: stepsToPlace,
    open,
    record: recordAfterPaint,
    back: () => {
      writeUnwritten();
      if (current === null || current.at === 0) return false;
      history.back();
      return true;
    },
    rewind: () => {
      writeUnwritten();
      if (current === null || current.at === 0) return rewinding ?? Promise.resolve();
      rewinding ??= rewind(current.at);
      return rewinding;
    },
    listen: (arrive) => {
      const onPop = (event: PopStateEvent) => {
        const entry = readEntry(event.state);
        if (entry === null || rewinding) return;
        // The browser moved before the latest place was written: where it went wins.
        unwritten = null;
        const back = current !== null && entry.at < current.at;
        current = entry;
        const shown = arrive(entry.place, back);
        if (!samePlace(shown, entry.place)) write({ place: shown, at: entry.at }, 'replace');
      };
      view.addEventListener('popstate', onPop);
      return () => view.removeEventListener('popstate', onPop);
    },
  };
}
