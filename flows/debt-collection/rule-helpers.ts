// Small builders that keep the rule table in actions.ts readable as the spec's table.
import type { Answers } from './answers';
import { assess, hasConduct, scamRisk, type Assessment } from './assessment';
import type { FactKey } from './legal-facts';
import type { Priority } from './priorities';
import type { ConductOption, OptionId, QuestionId } from './questions';

/** One reason an action applies. Its id names the "because you said …" text in the locales. */
export interface Trigger {
  readonly id: string;
  readonly priority: Priority;
  /** The questions whose answers fire it: the result links here for "change this". */
  readonly questions: readonly QuestionId[];
  readonly when: (answers: Answers) => boolean;
}

/** Extra, answer-specific text for an action (e.g. which regulator). */
export interface Detail {
  readonly id: string;
  readonly when: (answers: Answers) => boolean;
}

/** A hotline to call, taken from a fact that lists a number. */
export interface Contact {
  readonly fact: FactKey;
  readonly when?: (answers: Answers) => boolean;
}

/** A fact an action rests on; `when` limits it to the answers it is true for. */
export type Cite =
  FactKey | { readonly fact: FactKey; readonly when: (answers: Answers) => boolean };

export interface ActionRule {
  readonly id: string;
  /** Fact keys (shared/spec/legal-facts.md) this action rests on. */
  readonly cites: readonly Cite[];
  readonly triggers: readonly Trigger[];
  /** A condition every trigger needs, e.g. "and debt_type is not private_lender". */
  readonly requires?: (answers: Answers) => boolean;
  readonly contacts?: readonly Contact[];
  readonly details?: readonly Detail[];
}

/** Fires when a one-choice question has one of the options. */
export function answered<Q extends QuestionId>(
  id: string,
  priority: Priority,
  question: Q,
  ...options: readonly OptionId<Q>[]
): Trigger {
  return {
    id,
    priority,
    questions: [question],
    when: (answers) => (options as readonly unknown[]).includes(answers[question]),
  };
}

/** Fires when the counted conduct (see assessment.ts) includes one of the options. */
export function conduct(id: string, priority: Priority, ...options: ConductOption[]): Trigger {
  return { id, priority, questions: ['conduct'], when: (a) => hasConduct(a, ...options) };
}

/**
 * Fires when the person chose one of the options themselves. For a reason shown beside a
 * `collector` trigger that already covers what the counted conduct adds (claims_authority).
 */
export function chose(id: string, priority: Priority, ...options: ConductOption[]): Trigger {
  return {
    id,
    priority,
    questions: ['conduct'],
    when: (a) => (a.conduct ?? []).some((o) => options.includes(o)),
  };
}

/** Fires on the overall assessment of the collection. */
export function assessed(id: string, priority: Priority, ...levels: Assessment[]): Trigger {
  return { id, priority, questions: ['conduct'], when: (a) => levels.includes(assess(a)) };
}

/** Fires when the "collector" may be a fraudster. */
export function scam(id: string, priority: Priority): Trigger {
  return {
    id,
    priority,
    questions: ['collector', 'conduct', 'debt_recognised'],
    when: scamRisk,
  };
}

export function detail<Q extends QuestionId>(
  id: string,
  question: Q,
  ...options: readonly OptionId<Q>[]
): Detail {
  return {
    id,
    when: (answers) => {
      const value: unknown = answers[question];
      const chosen = Array.isArray(value) ? (value as unknown[]) : [value];
      return chosen.some((v) => (options as readonly unknown[]).includes(v));
    },
  };
}

/** Detail for the counted conduct (see assessment.ts). */
export function conductDetail(id: string, ...options: ConductOption[]): Detail {
  return { id, when: (a) => hasConduct(a, ...options) };
}

/** Detail on any condition the answers meet. */
export function detailWhen(id: string, when: (answers: Answers) => boolean): Detail {
  return { id, when };
}

/** A fact cited only when a question has one of the options. */
export function citeIf<Q extends QuestionId>(
  fact: FactKey,
  question: Q,
  ...options: readonly OptionId<Q>[]
): Cite {
  return { fact, when: detail(fact, question, ...options).when };
}
