// Source: shared/spec/decision-model.md §Answers, column "asked when". Which question follows each
// one; the machine (machine.ts) turns these rows into its transitions, so this is the only copy.
import type { Answers } from './answers';
import type { QuestionId } from './questions';

export type NodeId = QuestionId | 'result';

export interface Route {
  readonly to: NodeId;
  /** Reads the answers, including the one just given. No `when`: always taken. */
  readonly when?: (answers: Answers) => boolean;
}

// asked when debt_type is online_lender, private_lender, unknown or unlicensed_online
const rateAsked = (a: Answers) =>
  a.debt_type === 'online_lender' ||
  a.debt_type === 'private_lender' ||
  a.debt_type === 'unknown' ||
  a.debt_type === 'unlicensed_online';
// agreement (and so can_repay) is asked when debt_recognised is not not_mine: a person who denies
// the debt is never asked how they will repay it
const denied = (a: Answers) => a.debt_recognised === 'not_mine';
// can_repay is asked when agreement is none (agreement's own route) or, after an agreement, when
// keeping_agreement is missed or cannot (this)
const repaymentAsked = (a: Answers) =>
  a.keeping_agreement === 'missed' || a.keeping_agreement === 'cannot';

export const ROUTES: { readonly [Q in QuestionId]: readonly Route[] } = {
  debt_type: [{ to: 'debt_recognised' }],
  debt_recognised: [{ to: 'collector' }],
  collector: [{ to: 'conduct' }],
  conduct: [
    { to: 'rate_concern', when: (a) => denied(a) && rateAsked(a) },
    { to: 'legal_action', when: denied },
    { to: 'agreement' },
  ],
  // keeping_agreement and collection_after_agreement are asked when agreement is not none
  agreement: [
    { to: 'can_repay', when: (a) => a.agreement === 'none' },
    { to: 'keeping_agreement' },
  ],
  keeping_agreement: [{ to: 'collection_after_agreement' }],
  collection_after_agreement: [
    { to: 'can_repay', when: repaymentAsked },
    { to: 'rate_concern', when: rateAsked },
    { to: 'legal_action' },
  ],
  can_repay: [{ to: 'rate_concern', when: rateAsked }, { to: 'legal_action' }],
  rate_concern: [{ to: 'legal_action' }],
  legal_action: [{ to: 'wellbeing' }],
  wellbeing: [{ to: 'result' }],
};

/** Where a question leads, given answers that include its own: the first route that applies. */
export function routeFrom(question: QuestionId, answers: Answers): NodeId {
  return ROUTES[question].find((route) => route.when?.(answers) ?? true)?.to ?? 'result';
}

/** The first question of the flow. */
export const FIRST_QUESTION: QuestionId = 'debt_type';
