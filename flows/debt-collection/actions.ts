// Source: shared/spec/decision-model.md §Actions. Table order is the tie-break within a priority:
// safety first. One row per spec row (plus work_out_true_rate, for rate_concern "unknown").
// Version 2 (decision-model.md "Changes in version 2"): unlicensed_online, counted conduct.
import type { Answers } from './answers';
import type { QuestionId } from './questions';
import type { FactKey } from './legal-facts';
import { assess, hasConduct } from './assessment';
import { isBank, isLicensedLender, lenderClass } from './lender';
import { PRIORITIES, type Priority } from './priorities';
import {
  answered,
  assessed,
  chose,
  conduct,
  conductDetail,
  citeIf,
  detail,
  detailWhen,
  scam,
  type ActionRule,
} from './rule-helpers';

// Lenders outside the licensed system (lender.ts): no regulator to complain to, no credit report.
const unlicensedOrPrivate = (a: Answers) => !isLicensedLender(lenderClass(a.debt_type));
const bankLender = (a: Answers) => isBank(lenderClass(a.debt_type));
// The debt may be an illegal one (高利放贷, unlicensed lending): 刑法 第293条之一 can apply.
const mayBeIllegalDebt = (a: Answers) =>
  a.debt_type === 'private_lender' ||
  a.debt_type === 'unknown' ||
  a.debt_type === 'unlicensed_online' ||
  a.rate_concern === 'yes';
const isCard = (a: Answers) => a.debt_type === 'bank_credit_card';
// can_repay is only asked when no agreement is being kept; the guard restates the spec's "and".
const noAgreementKept = (a: Answers) => a.keeping_agreement !== 'yes';

export const ACTION_RULES = [
  {
    id: 'crisis_support',
    cites: ['hotline_12356', 'hotline_110', citeIf('hotline_120', 'wellbeing', 'crisis')],
    contacts: [
      { fact: 'hotline_12356' },
      { fact: 'hotline_110' },
      { fact: 'hotline_120', when: (a) => a.wellbeing === 'crisis' },
    ],
    triggers: [
      answered('wellbeing_crisis', 'urgent', 'wellbeing', 'crisis'),
      answered('wellbeing_struggling', 'ongoing', 'wellbeing', 'struggling'),
    ],
  },
  {
    id: 'call_police',
    cites: [
      'public_order_law',
      'criminal_238',
      'soft_violence_2019',
      'hotline_110',
      { fact: 'criminal_293_1', when: mayBeIllegalDebt },
      citeIf('illegal_lending_2019', 'debt_type', 'unlicensed_online'),
    ],
    contacts: [{ fact: 'hotline_110' }],
    triggers: [
      conduct('conduct_threats', 'urgent', 'threats'),
      conduct('conduct_violence_or_confinement', 'urgent', 'violence_or_confinement'),
      conduct('conduct_intimidating_visits', 'urgent', 'intimidating_visits'),
    ],
    details: [detailWhen('illegal_debt', mayBeIllegalDebt)],
  },
  {
    id: 'report_fraud',
    cites: ['hotline_96110', 'hotline_110', 'official_channel_only', 'industry_prohibited'],
    contacts: [{ fact: 'hotline_96110' }, { fact: 'hotline_110' }],
    triggers: [
      answered('collector_claims_authority', 'urgent', 'collector', 'claims_authority'),
      chose('conduct_impersonation', 'urgent', 'impersonation'),
      conduct('conduct_fake_legal_docs', 'urgent', 'fake_legal_docs'),
      conduct('conduct_pay_personal_account', 'urgent', 'pay_personal_account'),
      answered('debt_not_mine', 'urgent', 'debt_recognised', 'not_mine'),
    ],
  },
  {
    id: 'verify_collector',
    cites: [
      'no_collection_licence',
      'nfra_consumer_rules',
      'official_channel_only',
      'fake_legal_firms',
      citeIf('assignment_546', 'collector', 'agency', 'unknown'),
    ],
    triggers: [
      scam('scam_risk', 'urgent'),
      answered('collector_agency', 'soon', 'collector', 'agency'),
      answered('collector_law_firm', 'soon', 'collector', 'law_firm'),
      answered('collector_claims_authority', 'soon', 'collector', 'claims_authority'),
      answered('collector_unknown', 'soon', 'collector', 'unknown'),
    ],
    details: [
      conductDetail('never_personal_account', 'pay_personal_account'),
      detail('check_lawyer', 'collector', 'law_firm'),
      detail('debt_sold', 'collector', 'agency', 'unknown'),
    ],
  },
  {
    id: 'keep_records',
    cites: [
      'civil_privacy',
      'industry_hours_frequency',
      'industry_third_parties',
      { fact: 'card_rules_68', when: isCard },
      { fact: 'card_guarantor_only', when: isCard },
      { fact: 'public_order_law', when: (a) => assess(a) === 'unlawful' },
    ],
    triggers: [
      assessed('unlawful', 'urgent', 'unlawful'),
      assessed('irregular', 'soon', 'irregular'),
      answered('continuing_pressure', 'soon', 'collection_after_agreement', 'continuing_pressure'),
    ],
  },
  {
    id: 'verify_lawsuit',
    cites: [
      'hotline_12368',
      'enforcement_info',
      citeIf('card_fraud_196', 'debt_type', 'bank_credit_card'),
    ],
    contacts: [{ fact: 'hotline_12368' }],
    triggers: [
      answered('legal_threatened', 'soon', 'legal_action', 'threatened'),
      answered('collector_claims_authority', 'soon', 'collector', 'claims_authority'),
      conduct('conduct_fake_legal_docs', 'soon', 'fake_legal_docs'),
      chose('conduct_impersonation', 'soon', 'impersonation'),
    ],
  },
  {
    id: 'respond_to_lawsuit',
    cites: ['hotline_12368', 'hotline_12348', 'lawsuit_timeline', 'small_claims', 'limitation'],
    contacts: [{ fact: 'hotline_12368' }, { fact: 'hotline_12348' }],
    triggers: [answered('legal_summons', 'urgent', 'legal_action', 'summons')],
  },
  {
    id: 'comply_with_judgment',
    cites: [
      'court_payment_account',
      'refusing_judgment_313',
      'dishonest_list',
      'enforcement_info',
      'hotline_12368',
      'hotline_12348',
    ],
    contacts: [{ fact: 'hotline_12368' }, { fact: 'hotline_12348' }],
    triggers: [answered('legal_judgment', 'urgent', 'legal_action', 'judgment')],
  },
  {
    id: 'legal_aid',
    cites: [
      'hotline_12348',
      'fake_legal_firms',
      'civil_injunction_997',
      citeIf('unlicensed_lender_void', 'debt_type', 'unlicensed_online'),
    ],
    contacts: [{ fact: 'hotline_12348' }],
    triggers: [
      answered('legal_summons', 'soon', 'legal_action', 'summons'),
      answered('legal_judgment', 'soon', 'legal_action', 'judgment'),
      assessed('unlawful', 'soon', 'unlawful'),
      answered('private_lender', 'soon', 'debt_type', 'private_lender'),
      answered('unlicensed_online', 'soon', 'debt_type', 'unlicensed_online'),
    ],
  },
  {
    id: 'dispute_unrecognised_debt',
    cites: ['credit_report', 'hotline_96110', 'official_channel_only'],
    contacts: [{ fact: 'hotline_96110' }],
    triggers: [answered('debt_not_mine', 'urgent', 'debt_recognised', 'not_mine')],
  },
  {
    id: 'verify_debt',
    cites: ['industry_prohibited', 'credit_report', 'limitation'],
    details: [detail('private_lender', 'debt_type', 'private_lender')],
    triggers: [
      answered('debt_amount_disputed', 'soon', 'debt_recognised', 'amount_disputed'),
      answered('debt_unsure', 'soon', 'debt_recognised', 'unsure'),
      conduct('conduct_unexplained_fees', 'soon', 'unexplained_fees'),
    ],
  },
  {
    id: 'check_credit_report',
    cites: ['credit_report'],
    triggers: [
      answered('debt_amount_disputed', 'soon', 'debt_recognised', 'amount_disputed'),
      answered('debt_not_mine', 'soon', 'debt_recognised', 'not_mine'),
      answered('debt_unsure', 'soon', 'debt_recognised', 'unsure'),
      answered('debt_type_unknown', 'soon', 'debt_type', 'unknown'),
    ],
  },
  {
    id: 'complain_to_creditor',
    cites: ['nfra_consumer_rules', 'industry_prohibited', 'complaint_15_days'],
    // A formal complaint to an illegal lender protects nobody: report_illegal_lending instead.
    requires: (a) => a.debt_type !== 'unlicensed_online',
    details: [detail('private_lender', 'debt_type', 'private_lender')],
    triggers: [
      assessed('unlawful', 'soon', 'unlawful'),
      assessed('irregular', 'soon', 'irregular'),
      answered('continuing_pressure', 'soon', 'collection_after_agreement', 'continuing_pressure'),
    ],
  },
  {
    id: 'complain_to_regulator',
    cites: ['hotline_12378', 'local_regulator', 'complaint_15_days'],
    // No financial regulator oversees private lenders or unlicensed apps.
    requires: (a) => !unlicensedOrPrivate(a),
    contacts: [{ fact: 'hotline_12378' }],
    triggers: [
      assessed('unlawful', 'soon', 'unlawful'),
      assessed('irregular', 'soon', 'irregular'),
      answered('continuing_pressure', 'soon', 'collection_after_agreement', 'continuing_pressure'),
    ],
    details: [
      detailWhen('bank', bankLender),
      detail('online_lender', 'debt_type', 'online_lender'),
      detail('unknown_lender', 'debt_type', 'unknown'),
    ],
  },
  {
    id: 'report_illegal_lending',
    cites: ['illegal_lending_2019', 'unlicensed_lender_void', 'hotline_110', 'hotline_12348'],
    contacts: [{ fact: 'hotline_110' }, { fact: 'hotline_12348' }],
    triggers: [answered('unlicensed_online', 'soon', 'debt_type', 'unlicensed_online')],
  },
  {
    id: 'report_harassing_calls',
    cites: ['hotline_12321', 'industry_hours_frequency', 'civil_privacy'],
    contacts: [{ fact: 'hotline_12321' }],
    triggers: [
      conduct('conduct_odd_hours', 'soon', 'odd_hours'),
      conduct('conduct_high_frequency', 'soon', 'high_frequency'),
    ],
  },
  {
    id: 'report_privacy_violation',
    cites: [
      'pipl',
      'civil_privacy',
      'industry_third_parties',
      { fact: 'card_rules_68', when: isCard },
      { fact: 'card_guarantor_only', when: isCard },
      'spouse_debt_1064',
      citeIf('public_order_law', 'conduct', 'disclosure'),
    ],
    contacts: [{ fact: 'hotline_110', when: (a) => a.conduct?.includes('disclosure') === true }],
    triggers: [
      conduct('conduct_third_party_contact', 'soon', 'third_party_contact'),
      conduct('conduct_disclosure', 'soon', 'disclosure'),
    ],
    details: [
      detailWhen('card_third_party', (a) => isCard(a) && hasConduct(a, 'third_party_contact')),
      detail('disclosure_police', 'conduct', 'disclosure'),
    ],
  },
  {
    id: 'prepare_negotiation',
    cites: ['agreement_contents', 'agreement_binding'],
    triggers: [
      answered('can_repay_instalments', 'soon', 'can_repay', 'instalments'),
      answered('can_repay_not_now', 'soon', 'can_repay', 'not_now'),
    ],
  },
  {
    id: 'negotiate_with_creditor',
    cites: [
      'agreement_binding',
      'agreement_contents',
      'official_channel_only',
      citeIf('unlicensed_lender_void', 'debt_type', 'unlicensed_online'),
    ],
    requires: noAgreementKept,
    details: [
      detail('private_lender', 'debt_type', 'private_lender'),
      detail('unlicensed_online', 'debt_type', 'unlicensed_online'),
    ],
    triggers: [
      answered('can_repay_instalments', 'soon', 'can_repay', 'instalments'),
      answered('can_repay_not_now', 'soon', 'can_repay', 'not_now'),
    ],
  },
  {
    id: 'request_card_instalment',
    cites: ['card_instalment_70'],
    requires: (a) => a.debt_type === 'bank_credit_card',
    triggers: [
      answered('can_repay_instalments', 'soon', 'can_repay', 'instalments'),
      answered('can_repay_not_now', 'soon', 'can_repay', 'not_now'),
    ],
  },
  {
    id: 'repay_via_official_channel',
    cites: [
      'official_channel_only',
      'credit_report',
      citeIf('unlicensed_lender_void', 'debt_type', 'unlicensed_online'),
    ],
    triggers: [answered('can_repay_full', 'soon', 'can_repay', 'full')],
    details: [
      detail('private_lender', 'debt_type', 'private_lender'),
      detail('unlicensed_online', 'debt_type', 'unlicensed_online'),
    ],
  },
  {
    id: 'get_agreement_in_writing',
    cites: [
      'agreement_binding',
      'agreement_contents',
      citeIf('card_instalment_70', 'debt_type', 'bank_credit_card'),
    ],
    triggers: [answered('agreement_verbal', 'urgent', 'agreement', 'verbal')],
  },
  {
    id: 'keep_agreement',
    cites: ['agreement_binding', 'official_channel_only'],
    triggers: [answered('keeping_yes', 'ongoing', 'keeping_agreement', 'yes')],
  },
  {
    id: 'renegotiate',
    cites: [
      'agreement_binding',
      'refusing_judgment_313',
      citeIf('card_instalment_70', 'debt_type', 'bank_credit_card'),
    ],
    triggers: [
      answered('keeping_missed', 'urgent', 'keeping_agreement', 'missed'),
      answered('keeping_cannot', 'soon', 'keeping_agreement', 'cannot'),
    ],
    details: [
      detail('court_confirmed', 'agreement', 'court_confirmed'),
      detail('card_instalment', 'debt_type', 'bank_credit_card'),
      detail('private_lender', 'debt_type', 'private_lender'),
    ],
  },
  {
    id: 'confirm_agreement_recorded',
    cites: ['agreement_contents', citeIf('card_instalment_70', 'debt_type', 'bank_credit_card')],
    triggers: [
      answered('after_reminders_only', 'soon', 'collection_after_agreement', 'reminders_only'),
    ],
  },
  {
    id: 'ask_creditor_to_notify_collector',
    cites: [
      citeIf('card_instalment_70', 'debt_type', 'bank_credit_card'),
      'nfra_consumer_rules',
      'complaint_15_days',
    ],
    triggers: [
      answered(
        'continuing_pressure',
        'urgent',
        'collection_after_agreement',
        'continuing_pressure',
      ),
    ],
  },
  {
    id: 'challenge_interest',
    cites: [
      'private_lending_cap',
      'licensed_rate_lines',
      'rate_disclosure',
      'lpr_history',
      citeIf('unlicensed_lender_void', 'debt_type', 'unlicensed_online'),
    ],
    triggers: [
      answered('rate_concern_yes', 'soon', 'rate_concern', 'yes'),
      answered('private_lender', 'soon', 'debt_type', 'private_lender'),
      answered('unlicensed_online', 'soon', 'debt_type', 'unlicensed_online'),
    ],
    details: [detail('unlicensed_online', 'debt_type', 'unlicensed_online')],
  },
  {
    // Added to the spec's table: an "unknown" rate leads to how to find out, never to silence.
    id: 'work_out_true_rate',
    cites: ['rate_disclosure', 'licensed_rate_lines', 'private_lending_cap', 'lpr_history'],
    // Not ours, not to cost: someone who denies the loan is never asked to work on its terms.
    requires: (a) => a.debt_recognised !== 'not_mine',
    triggers: [answered('rate_concern_unknown', 'soon', 'rate_concern', 'unknown')],
  },
  {
    id: 'avoid_debt_relief_scams',
    cites: ['debt_relief_scams', 'hotline_12315'],
    contacts: [{ fact: 'hotline_12315' }],
    triggers: [{ id: 'always', priority: 'ongoing', questions: [], when: () => true }],
  },
  {
    id: 'avoid_new_debt',
    cites: ['industry_prohibited', 'debt_relief_scams'],
    requires: (a) => a.debt_recognised !== 'not_mine',
    triggers: [
      answered('can_repay_instalments', 'ongoing', 'can_repay', 'instalments'),
      answered('can_repay_not_now', 'ongoing', 'can_repay', 'not_now'),
      {
        id: 'repaying_by_agreement',
        priority: 'ongoing',
        questions: ['agreement', 'keeping_agreement'],
        when: (a) => a.can_repay === undefined,
      },
    ],
  },
  {
    id: 'repair_credit',
    cites: ['credit_report', 'debt_relief_scams'],
    // These lenders do not report to the credit reference system.
    requires: (a) => !unlicensedOrPrivate(a),
    triggers: [
      answered('debt_yes', 'ongoing', 'debt_recognised', 'yes'),
      answered('debt_amount_disputed', 'ongoing', 'debt_recognised', 'amount_disputed'),
    ],
  },
  {
    id: 'self_care',
    cites: ['hotline_12356'],
    contacts: [{ fact: 'hotline_12356' }],
    triggers: [
      answered('wellbeing_struggling', 'ongoing', 'wellbeing', 'struggling'),
      answered('wellbeing_crisis', 'ongoing', 'wellbeing', 'crisis'),
    ],
  },
] as const satisfies readonly ActionRule[];

export type ActionId = (typeof ACTION_RULES)[number]['id'];

export const ACTION_IDS: readonly ActionId[] = ACTION_RULES.map((rule) => rule.id);

/** One action on the result, with the reasons it applies to this person. */
export interface RecommendedAction {
  readonly id: ActionId;
  readonly priority: Priority;
  /**
   * Why it applies, in table order: trigger ids (locale key action.<id>.why.<trigger>) and the
   * questions whose answers fired them, which the result links to for "change this".
   */
  readonly because: readonly { readonly id: string; readonly questions: readonly QuestionId[] }[];
  /** Detail ids: locale key action.<id>.detail.<detail>. */
  readonly details: readonly string[];
  /** Fact keys with a listed phone number to show as tel: links. */
  readonly contacts: readonly FactKey[];
  readonly cites: readonly FactKey[];
}

/**
 * The prioritised action list for answers on the path the machine took.
 * Urgent before soon before ongoing; within a priority, table order (safety first).
 */
export function recommend(answers: Answers): RecommendedAction[] {
  const byPriority: Record<Priority, RecommendedAction[]> = { urgent: [], soon: [], ongoing: [] };
  for (const rule of ACTION_RULES as readonly ActionRule[]) {
    if (rule.requires && !rule.requires(answers)) continue;
    const fired = rule.triggers.filter((t) => t.when(answers));
    const top = fired[0];
    if (top === undefined) continue;
    const priority = fired.reduce(
      (p, t) => (rank(t.priority) < rank(p) ? t.priority : p),
      top.priority,
    );
    byPriority[priority].push({
      id: rule.id as ActionId,
      priority,
      because: fired.map((t) => ({ id: t.id, questions: t.questions })),
      details: unique((rule.details ?? []).filter((d) => d.when(answers)).map((d) => d.id)),
      contacts: (rule.contacts ?? []).filter((c) => c.when?.(answers) ?? true).map((c) => c.fact),
      cites: rule.cites.flatMap((c) =>
        typeof c === 'string' ? [c] : c.when(answers) ? [c.fact] : [],
      ),
    });
  }
  return [...byPriority.urgent, ...byPriority.soon, ...byPriority.ongoing];
}

function rank(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}

function unique<T>(items: readonly T[]): T[] {
  return items.filter((item, index) => items.indexOf(item) === index);
}
