// What the guide keeps in the browser's history: one entry per question and per screen, holding
// only where it is (never an answer, nothing in the address). Entries are numbered from 0, the
// guide's first, which is always the start screen. The code that writes them (guide-history.ts)
// is fetched just after the first screen; until it arrives, the latest place waits for it.
import type { FlowEvent } from '../../flows/debt-collection/machine';
import type { FlowSnapshot } from '../../flows/debt-collection/position';
import { isQuestionId, type QuestionId } from '../../flows/debt-collection/questions';
import { SCREENS, type Place } from './guide-state';

export interface GuideEntry {
  readonly place: Place;
  /** How many of the guide's entries lie before this one. */
  readonly at: number;
}

export interface GuideHistory {
  /** The guide's entry the page opened on (after a reload, or Back from another page), if any. */
  readonly opened: GuideEntry | null;
  /** Once, as the guide appears: makes the current entry say what is shown. */
  readonly open: (place: Place, trail: readonly QuestionId[]) => void;
  /**
   * After a person's action: a new entry for a new place (between take-away screens, the same
   * one). When the flow moved on past questions (continuing, a share link, answers kept after a
   * change), each passed question gets its entry too, so Back walks the questions as answered.
   */
  readonly record: (place: Place, trail: readonly QuestionId[]) => void;
  /** The browser's Back, when the entry before is the guide's; false when there is none. */
  readonly back: () => boolean;
  /** Back to the guide's first entry; resolves once there. */
  readonly rewind: () => Promise<void>;
  /** How the flow gets to one of the places (flow-steps.ts); null when its answers cannot. */
  readonly stepsTo: (flow: FlowSnapshot, place: Place) => readonly FlowEvent[] | null;
  /** Hears the browser move to another of the guide's entries; `arrive` returns what it shows. */
  readonly listen: (arrive: (place: Place, back: boolean) => Place) => () => void;
}

/** Reads an entry the guide wrote; anything else (another page's, or altered) is null. */
export function readEntry(state: unknown): GuideEntry | null {
  if (typeof state !== 'object' || state === null) return null;
  const { screen, question, at } = state as Record<string, unknown>;
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) return null;
  if (screen === 'question') {
    return typeof question === 'string' && isQuestionId(question)
      ? { place: { screen, question }, at }
      : null;
  }
  const known = SCREENS.find((s) => s === screen && s !== 'question');
  return known === undefined ? null : { place: { screen: known } as Place, at };
}

type HistoryView = Pick<Window, 'history'>;

/** The browser's history, written by guide-history.ts once `load` has fetched it. */
export function laterHistory<View extends HistoryView>(
  view: View,
  load: () => Promise<(view: View, opened: GuideEntry | null) => GuideHistory>,
): GuideHistory & { readonly loaded: Promise<GuideHistory | null> } {
  const opened = readEntry(view.history.state);
  let ready: GuideHistory | null = null;
  let latest: [Place, readonly QuestionId[]] | null = null;
  let arrive: Parameters<GuideHistory['listen']>[0] | null = null;
  let stop: (() => void) | undefined;
  // Offline before it was fetched: the guide works on, without entries of its own.
  const loading = load().then(
    (make) => {
      ready = make(view, opened);
      if (latest) ready.open(...latest);
      if (arrive) stop = ready.listen(arrive);
      return ready;
    },
    () => null,
  );
  const show = (place: Place, trail: readonly QuestionId[]) => {
    if (ready) ready.record(place, trail);
    else latest = [place, trail];
  };
  return {
    loaded: loading,
    opened,
    stepsTo: (flow, place) => ready?.stepsTo(flow, place) ?? null,
    open: (place, trail) => (ready ? ready.open(place, trail) : (latest = [place, trail])),
    record: show,
    back: () => ready?.back() ?? false,
    rewind: () => loading.then((history) => history?.rewind()),
    listen: (callback) => {
      arrive = callback;
      stop = ready?.listen(callback);
      return () => {
        arrive = null;
        stop?.();
        stop = undefined;
      };
    },
  };
}

/** No browser (the build's pre-render, or a test without one): nothing is recorded. */
export function detachedHistory(): GuideHistory {
  return {
    opened: null,
    open: () => undefined,
    record: () => undefined,
    back: () => false,
    rewind: () => Promise.resolve(),
    stepsTo: () => null,
    listen: () => () => undefined,
  };
}
