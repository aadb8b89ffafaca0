// Where the guide opens: the start screen, or where a share link, an early "begin" or a reload
// (the browser's entry names the screen; the answers come from the saved session) puts the person.
import type { Answers } from '../../flows/debt-collection/answers';
import {
  currentQuestion,
  initialSnapshot,
  replay,
  step,
  type FlowSnapshot,
} from '../../flows/debt-collection/position';
import type { StartupNotice } from '../ui/chrome/StartupNotices';
import { MONEY_SCREENS, type Place } from './guide-state';
import type { GuideEntry, GuideHistory } from './history-entries';

export interface OpeningFacts {
  readonly saved: Answers | null;
  readonly notices: readonly StartupNotice[];
  /** Answers to open with at once (a share link). */
  readonly preload?: Answers | undefined;
  /** "Begin" was tapped before the app loaded. */
  readonly beginNow: boolean;
  /** The browser's entry the page opened on. */
  readonly entry: GuideEntry | null;
}

export interface Opening {
  readonly flow: FlowSnapshot;
  readonly place: Place;
  /** The person has already acted: storage may be written from the start. */
  readonly mayWrite: boolean;
}

/** Where the flow stands, as a place. */
export function flowPlace(flow: FlowSnapshot): Place {
  const question = currentQuestion(flow);
  return question === null ? { screen: 'result' } : { screen: 'question', question };
}

/** A save that was read whole; one that lost answers waits for the person's choice instead. */
function cleanSave(facts: OpeningFacts): Answers | null {
  const damaged = facts.notices.some((n) => n.kind === 'session_partial');
  return damaged ? null : facts.saved;
}

export function openingOf(facts: OpeningFacts, stepsTo: GuideHistory['stepsTo']): Opening {
  if (facts.preload) {
    const flow = replay(facts.preload);
    return { flow, place: flowPlace(flow), mayWrite: true };
  }
  const fresh = initialSnapshot();
  if (facts.beginNow) return { flow: fresh, place: flowPlace(fresh), mayWrite: true };
  const saved = cleanSave(facts);
  const place = facts.entry?.place;
  // The money screens show any flow: a reload there stays there, answers saved or not.
  if (place !== undefined && saved === null && isMoneyScreen(place.screen)) {
    return { flow: fresh, place, mayWrite: false };
  }
  if (place === undefined || place.screen === 'start' || saved === null) {
    return { flow: fresh, place: { screen: 'start' }, mayWrite: false };
  }
  const loaded = replay(saved);
  const steps = stepsTo(loaded, place);
  if (steps === null) return { flow: loaded, place: flowPlace(loaded), mayWrite: true };
  return { flow: steps.reduce(step, loaded), place, mayWrite: true };
}

function isMoneyScreen(screen: string): boolean {
  return (MONEY_SCREENS as readonly string[]).includes(screen);
}
