// Complete answer sets used by several tests.
import type { Answers } from '../../flows/debt-collection/answers';

/** An online loan with a written agreement kept, and collection that goes on after it. */
export const WRITTEN_KEPT: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'yes',
  collector: 'agency',
  conduct: ['third_party_contact'],
  agreement: 'written',
  keeping_agreement: 'yes',
  collection_after_agreement: 'continuing_pressure',
  rate_concern: 'no',
  legal_action: 'none',
  wellbeing: 'coping',
};

/** The decision model's first example: a credit card, an agency, reminders only, instalments. */
export const CARD_INSTALMENTS: Answers = {
  debt_type: 'bank_credit_card',
  debt_recognised: 'yes',
  collector: 'agency',
  conduct: ['reminders_only'],
  agreement: 'none',
  can_repay: 'instalments',
  legal_action: 'none',
  wellbeing: 'coping',
};
