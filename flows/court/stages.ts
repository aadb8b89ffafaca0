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
  threatened: { cites: ['hotline_12368', 'enforcement_info'] },
  sued: { cites: ['lawsuit_timeline', 'small_claims', 'hotline_12368'] },
  judged: { cites: ['lawsuit_timeline', 'small_claims', 'court_payment_account'] },
  enforcement: {
    cites: ['dishonest_list', 'court_payment_account', 'refusing_judgment_313', 'enforcement_info'],
  },
} as const satisfies Record<string, { readonly cites: readonly CourtFact[] }>;

export type CourtStage = keyof typeof COURT_STAGES;
export const STAGE_IDS = Object.keys(COURT_STAGES) as CourtStage[];

/** The stage each legal_action answer opens at (its option ids; `none` opens none). */
export const STAGE_FOR_LEGAL_ACTION = {
  threatened: 'threatened',
  summons: 'sued',
  judgment: 'judged',
} as const satisfies Record<string, CourtStage>;

/** The stage the entered dates show: a judgment received means judged; any other date, sued. */
export function stageOfDates(dates: CourtDates): CourtStage | null {
  if (dates.judgment_received !== undefined) return 'judged';
  const sued = [dates.complaint_received, dates.hearing, dates.evidence_due];
  return sued.some((date) => date !== undefined) ? 'sued' : null;
}
