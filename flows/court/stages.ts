// Source: issue 13 §Stages; shared/spec/legal-facts.md version 2. The four stages of a lawsuit
// and the facts each one rests on; the words are in locales/<lng>/court.json (stage.<id>, and the
// official citation of each fact under basis.<key>).
import type { CourtDates } from './court-dates';

/** The only facts the court part may state (issue 13). */
export const COURT_FACTS = [
  'lawsuit_timeline',
  'small_claims',
  'dishonest_list',
  'court_payment_account',
  'hotline_12368',
  'refusing_judgment_313',
  'enforcement_info',
] as const;
export type CourtFact = (typeof COURT_FACTS)[number];

export const COURT_STAGES = {
  threatened: { cites: ['hotline_12368', 'lawsuit_timeline', 'enforcement_info'] },
  sued: { cites: ['lawsuit_timeline', 'small_claims', 'hotline_12368'] },
  judged: { cites: ['lawsuit_timeline', 'small_claims', 'court_payment_account'] },
  enforcement: {
    cites: ['dishonest_list', 'court_payment_account', 'refusing_judgment_313', 'enforcement_info'],
  },
} as const satisfies Record<string, { readonly cites: readonly CourtFact[] }>;

export type CourtStage = keyof typeof COURT_STAGES;
export const STAGE_IDS = Object.keys(COURT_STAGES) as CourtStage[];

/**
 * The actions of the rule table that lead to the court screen, and the stage each opens it at. The
 * person's legal_action answer reaches the screen through them: threatened → verify_lawsuit,
 * summons → respond_to_lawsuit, judgment → comply_with_judgment.
 */
export const STAGE_FOR_ACTION = {
  verify_lawsuit: 'threatened',
  respond_to_lawsuit: 'sued',
  comply_with_judgment: 'judged',
} as const satisfies Record<string, CourtStage>;
export type CourtAction = keyof typeof STAGE_FOR_ACTION;

export function isCourtAction(action: string): action is CourtAction {
  return Object.hasOwn(STAGE_FOR_ACTION, action);
}

/** The furthest of the stages, in STAGE_IDS order; null when there is none. */
export function furthestStage(stages: readonly (CourtStage | null)[]): CourtStage | null {
  const known = stages.filter((stage) => stage !== null);
  if (known.length === 0) return null;
  return known.reduce((a, b) => (STAGE_IDS.indexOf(b) > STAGE_IDS.indexOf(a) ? b : a));
}

/** The stage a plan's actions point to: the furthest of its court actions' stages. */
export function stageOfActions(actions: readonly string[]): CourtStage | null {
  return furthestStage(actions.filter(isCourtAction).map((action) => STAGE_FOR_ACTION[action]));
}

/** The stage the entered dates show: a judgment received means judged; any other date, sued. */
export function stageOfDates(dates: CourtDates): CourtStage | null {
  if (dates.judgment_received !== undefined) return 'judged';
  const sued = [dates.complaint_received, dates.hearing, dates.evidence_due];
  return sued.some((date) => date !== undefined) ? 'sued' : null;
}
