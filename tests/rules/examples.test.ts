// Every row of the decision model's §Examples table, through the real machine.
import type { Answers } from '../../flows/debt-collection/answers';
import { planFor } from '../../flows/debt-collection/replay';

// "the rest none/no/coping/yes"
const rest: Answers = {
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

function completePlan(answers: Answers) {
  const plan = planFor({ ...rest, ...answers });
  if (!plan.complete) throw new Error(`incomplete: next ${plan.next}`);
  return { ...plan, priorities: Object.fromEntries(plan.actions.map((a) => [a.id, a.priority])) };
}

describe('decision model examples', () => {
  it('credit card, agency, reminders only, no agreement, instalments', () => {
    const plan = completePlan({
      debt_type: 'bank_credit_card',
      collector: 'agency',
      conduct: ['reminders_only'],
      agreement: 'none',
      can_repay: 'instalments',
    });
    expect(plan.assessment).toBe('lawful');
    for (const id of [
      'prepare_negotiation',
      'negotiate_with_creditor',
      'request_card_instalment',
      'verify_collector',
    ]) {
      expect(plan.priorities).toHaveProperty(id);
    }
    for (const id of ['call_police', 'complain_to_regulator', 'report_fraud']) {
      expect(plan.priorities).not.toHaveProperty(id);
    }
  });

  it('online lender, agency, third-party contact and high frequency', () => {
    const plan = completePlan({
      debt_type: 'online_lender',
      collector: 'agency',
      conduct: ['third_party_contact', 'high_frequency'],
    });
    expect(plan.assessment).toBe('irregular');
    expect(plan.priorities.keep_records).toBe('soon');
    for (const id of [
      'complain_to_regulator',
      'report_privacy_violation',
      'report_harassing_calls',
    ]) {
      expect(plan.priorities).toHaveProperty(id);
    }
    expect(plan.priorities).not.toHaveProperty('call_police');
  });

  it('bank loan, written agreement kept, continuing pressure', () => {
    const plan = completePlan({
      debt_type: 'bank_loan',
      agreement: 'written',
      keeping_agreement: 'yes',
      collection_after_agreement: 'continuing_pressure',
    });
    expect(plan.priorities.ask_creditor_to_notify_collector).toBe('urgent');
    expect(plan.priorities).toHaveProperty('keep_records');
    expect(plan.priorities).toHaveProperty('keep_agreement');
    expect(plan.priorities).not.toHaveProperty('negotiate_with_creditor');
  });

  it('someone claiming authority asks for payment to a personal account', () => {
    const plan = completePlan({
      debt_type: 'online_lender',
      collector: 'claims_authority',
      conduct: ['pay_personal_account'],
    });
    expect(plan.scam_risk).toBe(true);
    expect(plan.priorities.report_fraud).toBe('urgent');
    expect(plan.priorities.verify_collector).toBe('urgent');
  });

  it('threats, and a person in crisis', () => {
    const plan = completePlan({
      debt_type: 'bank_loan',
      conduct: ['threats'],
      wellbeing: 'crisis',
    });
    expect(plan.assessment).toBe('unlawful');
    expect(plan.actions.slice(0, 2)).toMatchObject([
      { id: 'crisis_support', priority: 'urgent' },
      { id: 'call_police', priority: 'urgent' },
    ]);
  });
});
