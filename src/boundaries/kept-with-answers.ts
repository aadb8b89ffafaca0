// Everything the guide keeps on this device beside the answers, by key, apart from the schemas
// that read it: "clear my answers" and the quick exit remove all of it, and the first screen
// carries only this list to do so. A new store adds its key here.
import type { SafeStorage } from './storage';

export const EVIDENCE_KEY = 'dcg.evidence.v1';
export const DEBTS_KEY = 'dcg.money.debts.v1';
export const BUDGET_KEY = 'dcg.money.budget.v1';
/** The loan whose true cost was last computed: the complaint letter quotes its rate. */
export const LAST_LOAN_KEY = 'dcg.money.loan.v1';
export const COURT_DATES_KEY = 'dcg.court-dates.v1';
export const DONE_KEY = 'dcg.done.v1';

const KEPT_WITH_ANSWERS = [
  EVIDENCE_KEY,
  DEBTS_KEY,
  BUDGET_KEY,
  LAST_LOAN_KEY,
  COURT_DATES_KEY,
  DONE_KEY,
];

export function clearKeptWithAnswers(storage: SafeStorage): void {
  for (const key of KEPT_WITH_ANSWERS) storage.remove(key);
}
