// The decision model's §Examples (shared/spec/decision-model.md, version 2: eleven rows), as
// answers a person gives and what the result must and must not show.
import type { ActionId } from '../../flows/debt-collection/actions';
import type { Answers } from '../../flows/debt-collection/answers';
import type { Assessment } from '../../flows/debt-collection/assessment';
import type { QuestionId } from '../../flows/debt-collection/questions';
import type { Priority } from '../../flows/debt-collection/priorities';

export interface Example {
  readonly name: string;
  readonly answers: Answers;
  readonly includes: readonly ActionId[];
  readonly excludes: readonly ActionId[];
  /** Where the table names a priority: the group (今天/本周/持续做) the action must be in. */
  readonly priorities?: Partial<Record<ActionId, Priority>>;
  /** The first actions, in this order, when the example fixes the order. */
  readonly first?: readonly ActionId[];
  readonly assessment?: Assessment;
  readonly scamRisk?: boolean;
  /** Questions the path must not ask. */
  readonly notAsked?: readonly QuestionId[];
}

// "the rest none/no/coping/yes"
const REST: Answers = {
  debt_recognised: 'yes',
  collector: 'creditor',
  conduct: ['reminders_only'],
  agreement: 'none',
  keeping_agreement: 'yes',
  collection_after_agreement: 'no',
  can_repay: 'full',
  rate_concern: 'no',
  legal_action: 'none',
  wellbeing: 'coping',
};

export const EXAMPLES: readonly Example[] = [
  {
    name: 'credit card, agency, reminders only, instalments',
    answers: {
      ...REST,
      debt_type: 'bank_credit_card',
      collector: 'agency',
      conduct: ['reminders_only'],
      agreement: 'none',
      can_repay: 'instalments',
    },
    includes: [
      'prepare_negotiation',
      'negotiate_with_creditor',
      'request_card_instalment',
      'verify_collector',
    ],
    excludes: ['call_police', 'complain_to_regulator', 'report_fraud'],
    assessment: 'lawful',
  },
  {
    name: 'online lender, agency, third-party contact and high frequency',
    answers: {
      ...REST,
      debt_type: 'online_lender',
      collector: 'agency',
      conduct: ['third_party_contact', 'high_frequency'],
    },
    includes: [
      'keep_records',
      'complain_to_regulator',
      'report_privacy_violation',
      'report_harassing_calls',
    ],
    excludes: ['call_police'],
    priorities: { keep_records: 'soon' },
    assessment: 'irregular',
  },
  {
    name: 'bank loan, written agreement kept, continuing pressure',
    answers: {
      ...REST,
      debt_type: 'bank_loan',
      agreement: 'written',
      keeping_agreement: 'yes',
      collection_after_agreement: 'continuing_pressure',
    },
    includes: ['ask_creditor_to_notify_collector', 'keep_records', 'keep_agreement'],
    excludes: ['negotiate_with_creditor'],
    priorities: { ask_creditor_to_notify_collector: 'urgent' },
  },
  {
    name: 'claims authority, payment to a personal account',
    answers: {
      ...REST,
      debt_type: 'online_lender',
      collector: 'claims_authority',
      conduct: ['pay_personal_account'],
    },
    includes: ['report_fraud', 'verify_collector'],
    excludes: [],
    priorities: { report_fraud: 'urgent', verify_collector: 'urgent' },
    scamRisk: true,
  },
  {
    name: 'threats, a person in crisis',
    answers: { ...REST, debt_type: 'bank_loan', conduct: ['threats'], wellbeing: 'crisis' },
    includes: ['crisis_support', 'call_police'],
    excludes: [],
    first: ['crisis_support', 'call_police'],
    priorities: { crisis_support: 'urgent', call_police: 'urgent' },
    assessment: 'unlawful',
  },
  {
    name: 'not mine, reminders only',
    answers: {
      ...REST,
      debt_type: 'online_lender',
      debt_recognised: 'not_mine',
      conduct: ['reminders_only'],
    },
    notAsked: ['agreement', 'can_repay'],
    includes: ['dispute_unrecognised_debt', 'report_fraud'],
    excludes: ['negotiate_with_creditor', 'repay_via_official_channel', 'avoid_new_debt'],
    priorities: { dispute_unrecognised_debt: 'urgent' },
  },
  {
    name: 'private lender collecting their own loan, asking for a transfer to their account',
    answers: {
      ...REST,
      debt_type: 'private_lender',
      collector: 'creditor',
      conduct: ['pay_personal_account'],
    },
    includes: ['challenge_interest', 'legal_aid'],
    excludes: ['report_fraud', 'repair_credit', 'complain_to_regulator'],
    assessment: 'lawful',
    scamRisk: false,
  },
  {
    name: 'unlicensed app, agency, disclosure',
    answers: {
      ...REST,
      debt_type: 'unlicensed_online',
      collector: 'agency',
      conduct: ['disclosure'],
    },
    includes: [
      'report_illegal_lending',
      'report_privacy_violation',
      'challenge_interest',
      'legal_aid',
      'keep_records',
    ],
    excludes: ['complain_to_creditor', 'complain_to_regulator', 'repair_credit'],
    priorities: { keep_records: 'urgent' },
    assessment: 'unlawful',
  },
  {
    name: 'claims authority, reminders only',
    answers: {
      ...REST,
      debt_type: 'bank_credit_card',
      collector: 'claims_authority',
      conduct: ['reminders_only'],
    },
    includes: ['verify_lawsuit', 'report_fraud'],
    excludes: [],
    priorities: { report_fraud: 'urgent' },
    assessment: 'unlawful',
    scamRisk: true,
  },
  {
    name: 'intimidating visits',
    answers: { ...REST, debt_type: 'bank_loan', conduct: ['intimidating_visits'] },
    includes: ['call_police'],
    excludes: [],
    priorities: { call_police: 'urgent' },
  },
  {
    name: 'private lender, agency, asking for a transfer to a personal account',
    answers: {
      ...REST,
      debt_type: 'private_lender',
      collector: 'agency',
      conduct: ['pay_personal_account'],
    },
    includes: ['report_fraud'],
    excludes: ['complain_to_regulator'],
    priorities: { report_fraud: 'urgent' },
    scamRisk: true,
  },
];
