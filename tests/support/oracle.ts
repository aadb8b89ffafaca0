// An independent transcription of shared/spec/decision-model.md (version 2), written from the
// spec's tables and not from the code under test. Tests compare the real machine and rule table
// against it.
import type { Answers } from '../../flows/debt-collection/answers';
import type { QuestionId } from '../../flows/debt-collection/questions';

/** The spec's "asked when" column, in asking order. */
export function expectedQuestions(a: Answers): QuestionId[] {
  const asked: QuestionId[] = ['debt_type', 'debt_recognised', 'collector', 'conduct'];
  // agreement: debt_recognised is not not_mine
  if (a.debt_recognised !== 'not_mine') asked.push('agreement');
  // keeping_agreement, collection_after_agreement: agreement is not none
  if (asked.includes('agreement') && a.agreement !== undefined && a.agreement !== 'none') {
    asked.push('keeping_agreement', 'collection_after_agreement');
  }
  // can_repay: agreement is none, or keeping_agreement is missed or cannot (so never not_mine)
  if (
    a.debt_recognised !== 'not_mine' &&
    (a.agreement === 'none' || a.keeping_agreement === 'missed' || a.keeping_agreement === 'cannot')
  ) {
    asked.push('can_repay');
  }
  if (
    ['online_lender', 'private_lender', 'unknown', 'unlicensed_online'].includes(a.debt_type ?? '')
  ) {
    asked.push('rate_concern');
  }
  asked.push('legal_action', 'wellbeing');
  return asked;
}

/**
 * §Assessment: conduct, plus impersonation when collector is claims_authority, minus
 * pay_personal_account when debt_type is private_lender and collector is creditor.
 */
function counted(a: Answers): string[] {
  const conduct: string[] = [...(a.conduct ?? [])];
  if (a.collector === 'claims_authority') conduct.push('impersonation');
  if (a.debt_type === 'private_lender' && a.collector === 'creditor') {
    return conduct.filter((o) => o !== 'pay_personal_account');
  }
  return conduct;
}

/** "Conduct has X": the counted conduct. */
const has = (a: Answers, ...options: string[]) => counted(a).some((o) => options.includes(o));

export function expectedAssessment(a: Answers): 'lawful' | 'irregular' | 'unlawful' {
  if (
    has(
      a,
      'threats',
      'violence_or_confinement',
      'insults',
      'disclosure',
      'impersonation',
      'fake_legal_docs',
      'intimidating_visits',
    )
  ) {
    return 'unlawful';
  }
  if (
    has(
      a,
      'odd_hours',
      'high_frequency',
      'third_party_contact',
      'unexplained_fees',
      'pay_personal_account',
    )
  ) {
    return 'irregular';
  }
  return 'lawful';
}

export function expectedScamRisk(a: Answers): boolean {
  return (
    a.collector === 'claims_authority' ||
    has(a, 'impersonation', 'fake_legal_docs', 'pay_personal_account') ||
    a.debt_recognised === 'not_mine'
  );
}

type P = 'urgent' | 'soon' | 'ongoing';

/** The spec's §Actions table: action id -> priority, for the actions that apply. */
export function expectedActions(a: Answers): Map<string, P> {
  const out = new Map<string, P>();
  const add = (id: string, applies: boolean, priority: P) => {
    if (applies) out.set(id, priority);
  };
  const assessment = expectedAssessment(a);
  const scam = expectedScamRisk(a);
  const pressureAfterAgreement = a.collection_after_agreement === 'continuing_pressure';
  const preparing = a.can_repay === 'instalments' || a.can_repay === 'not_now';
  const unlicensed = a.debt_type === 'unlicensed_online';
  const privateLender = a.debt_type === 'private_lender';

  add('crisis_support', a.wellbeing === 'crisis', 'urgent');
  add('crisis_support', a.wellbeing === 'struggling', 'ongoing');
  add('call_police', has(a, 'threats', 'violence_or_confinement', 'intimidating_visits'), 'urgent');
  add('report_fraud', scam, 'urgent');
  add(
    'verify_collector',
    ['agency', 'law_firm', 'claims_authority', 'unknown'].includes(a.collector ?? '') || scam,
    scam ? 'urgent' : 'soon',
  );
  add(
    'keep_records',
    assessment !== 'lawful' || pressureAfterAgreement,
    assessment === 'unlawful' ? 'urgent' : 'soon',
  );
  add(
    'verify_lawsuit',
    a.legal_action === 'threatened' || has(a, 'fake_legal_docs', 'impersonation'),
    'soon',
  );
  add('respond_to_lawsuit', a.legal_action === 'summons', 'urgent');
  add('comply_with_judgment', a.legal_action === 'judgment', 'urgent');
  add(
    'legal_aid',
    a.legal_action === 'summons' ||
      a.legal_action === 'judgment' ||
      assessment === 'unlawful' ||
      privateLender ||
      unlicensed,
    'soon',
  );
  add('dispute_unrecognised_debt', a.debt_recognised === 'not_mine', 'urgent');
  add(
    'verify_debt',
    a.debt_recognised === 'amount_disputed' ||
      a.debt_recognised === 'unsure' ||
      has(a, 'unexplained_fees'),
    'soon',
  );
  add('check_credit_report', a.debt_recognised !== 'yes' || a.debt_type === 'unknown', 'soon');
  const complain = (assessment !== 'lawful' || pressureAfterAgreement) && !unlicensed;
  add('complain_to_creditor', complain, 'soon');
  add('complain_to_regulator', complain && !privateLender, 'soon');
  add('report_illegal_lending', unlicensed, 'soon');
  add('report_harassing_calls', has(a, 'odd_hours', 'high_frequency'), 'soon');
  add('report_privacy_violation', has(a, 'third_party_contact', 'disclosure'), 'soon');
  add('prepare_negotiation', preparing, 'soon');
  add('negotiate_with_creditor', preparing && a.keeping_agreement !== 'yes', 'soon');
  add('request_card_instalment', a.debt_type === 'bank_credit_card' && preparing, 'soon');
  add('repay_via_official_channel', a.can_repay === 'full', 'soon');
  add('get_agreement_in_writing', a.agreement === 'verbal', 'urgent');
  add('keep_agreement', a.keeping_agreement === 'yes', 'ongoing');
  add('renegotiate', a.keeping_agreement === 'missed', 'urgent');
  add('renegotiate', a.keeping_agreement === 'cannot', 'soon');
  add('confirm_agreement_recorded', a.collection_after_agreement === 'reminders_only', 'soon');
  add('ask_creditor_to_notify_collector', pressureAfterAgreement, 'urgent');
  add('challenge_interest', a.rate_concern === 'yes' || privateLender || unlicensed, 'soon');
  // Added beyond the spec's table (see flows/debt-collection/actions.ts): "unknown" rate, and
  // never for a denied debt.
  add(
    'work_out_true_rate',
    a.rate_concern === 'unknown' && a.debt_recognised !== 'not_mine',
    'soon',
  );
  add('avoid_debt_relief_scams', true, 'ongoing');
  add('avoid_new_debt', a.can_repay !== 'full' && a.debt_recognised !== 'not_mine', 'ongoing');
  add(
    'repair_credit',
    (a.debt_recognised === 'yes' || a.debt_recognised === 'amount_disputed') &&
      !privateLender &&
      !unlicensed,
    'ongoing',
  );
  add('self_care', a.wellbeing === 'struggling' || a.wellbeing === 'crisis', 'ongoing');
  return out;
}

/** The spec's ordering: urgent, then soon, then ongoing; safety first within urgent. */
export const PRIORITY_RANK: Record<P, number> = { urgent: 0, soon: 1, ongoing: 2 };
