// Source: shared/spec/decision-model.md §Assessment (version 2: counted conduct).
import type { Answers } from './answers';
import type { ConductOption } from './questions';

export type Assessment = 'lawful' | 'irregular' | 'unlawful';

export const UNLAWFUL_CONDUCT: readonly ConductOption[] = [
  'threats',
  'violence_or_confinement',
  'insults',
  'disclosure',
  'impersonation',
  'fake_legal_docs',
  'intimidating_visits',
];

export const IRREGULAR_CONDUCT: readonly ConductOption[] = [
  'odd_hours',
  'high_frequency',
  'third_party_contact',
  'unexplained_fees',
  'pay_personal_account',
];

export const SCAM_CONDUCT: readonly ConductOption[] = [
  'impersonation',
  'fake_legal_docs',
  'pay_personal_account',
];

/** A private lender asking to be repaid into their own account: normal, not a warning sign. */
export function isPrivateLenderCollecting(answers: Answers): boolean {
  return answers.debt_type === 'private_lender' && answers.collector === 'creditor';
}

/**
 * The conduct the rules count: what the person chose, plus impersonation when the collector
 * claims to be police, a court or an office (none of them collects debts), minus payment to a
 * personal account when a private lender collects their own loan.
 */
export function countedConduct(answers: Answers): readonly ConductOption[] {
  const counted = new Set<ConductOption>(answers.conduct ?? []);
  if (answers.collector === 'claims_authority') counted.add('impersonation');
  if (isPrivateLenderCollecting(answers)) counted.delete('pay_personal_account');
  return [...counted];
}

/** "Conduct has X" in the spec: the counted conduct has one of the options. */
export function hasConduct(answers: Answers, ...options: readonly ConductOption[]): boolean {
  return countedConduct(answers).some((o) => options.includes(o));
}

/** How the collection measures up: the worst counted conduct decides. */
export function assess(answers: Answers): Assessment {
  if (hasConduct(answers, ...UNLAWFUL_CONDUCT)) return 'unlawful';
  if (hasConduct(answers, ...IRREGULAR_CONDUCT)) return 'irregular';
  return 'lawful';
}

/** True when the "collector" may be a fraudster rather than anyone the person owes. */
export function scamRisk(answers: Answers): boolean {
  return (
    answers.collector === 'claims_authority' ||
    hasConduct(answers, ...SCAM_CONDUCT) ||
    answers.debt_recognised === 'not_mine'
  );
}

/** What the assessment banner shows: never the "lawful" reassurance beside a scam warning. */
export type ShownAssessment = Assessment | 'unverified';

export function shownAssessment(assessment: Assessment, scam: boolean): ShownAssessment {
  return scam && assessment === 'lawful' ? 'unverified' : assessment;
}
