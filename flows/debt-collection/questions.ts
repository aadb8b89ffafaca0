// Source: shared/spec/decision-model.md §Answers. Ids are a contract: add, never rename.
// Order is a contract too: share links (src/boundaries/share-link.ts) carry each question and
// option by its position, so append only, never reorder or remove (see README.md here).

export type QuestionKind = 'one' | 'many';

interface QuestionDef {
  readonly kind: QuestionKind;
  readonly options: readonly string[];
  /** For 'many' questions: options that cannot be combined with any other. */
  readonly exclusive?: readonly string[];
}

/** The question catalogue, in the order the flow asks them. Everything else derives from it. */
export const QUESTIONS = {
  debt_type: {
    kind: 'one',
    // Append only: share links carry an option's position (version 2 added unlicensed_online).
    options: [
      'bank_credit_card',
      'bank_loan',
      'online_lender',
      'private_lender',
      'unknown',
      'unlicensed_online',
    ],
  },
  debt_recognised: { kind: 'one', options: ['yes', 'amount_disputed', 'not_mine', 'unsure'] },
  collector: {
    kind: 'one',
    options: ['creditor', 'agency', 'law_firm', 'claims_authority', 'unknown'],
  },
  conduct: {
    kind: 'many',
    exclusive: ['reminders_only'],
    options: [
      'reminders_only',
      'odd_hours',
      'high_frequency',
      'third_party_contact',
      'insults',
      'threats',
      'violence_or_confinement',
      'disclosure',
      'impersonation',
      'fake_legal_docs',
      'intimidating_visits',
      'pay_personal_account',
      'unexplained_fees',
    ],
  },
  agreement: { kind: 'one', options: ['none', 'verbal', 'written', 'court_confirmed'] },
  keeping_agreement: { kind: 'one', options: ['yes', 'missed', 'cannot'] },
  collection_after_agreement: {
    kind: 'one',
    options: ['no', 'reminders_only', 'continuing_pressure'],
  },
  can_repay: { kind: 'one', options: ['full', 'instalments', 'not_now'] },
  rate_concern: { kind: 'one', options: ['yes', 'no', 'unknown'] },
  legal_action: { kind: 'one', options: ['none', 'threatened', 'summons', 'judgment'] },
  wellbeing: { kind: 'one', options: ['coping', 'struggling', 'crisis'] },
} as const satisfies Record<string, QuestionDef>;

export type QuestionId = keyof typeof QUESTIONS;
export type OptionId<Q extends QuestionId> = (typeof QUESTIONS)[Q]['options'][number];
export type ConductOption = OptionId<'conduct'>;

/** Every question id, in catalogue order. */
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

export function isQuestionId(value: string): value is QuestionId {
  return Object.hasOwn(QUESTIONS, value);
}

export function questionKind(question: QuestionId): QuestionKind {
  return QUESTIONS[question].kind;
}

export function optionsOf(question: QuestionId): readonly string[] {
  return QUESTIONS[question].options;
}

export function exclusiveOptionsOf(question: QuestionId): readonly string[] {
  const def: QuestionDef = QUESTIONS[question];
  return def.exclusive ?? [];
}
