// Source: shared/spec/decision-model.md §Assessment.
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

export function hasConduct(answers: Answers, ...options: readonly ConductOption[]): boolean {
  return (answers.conduct ?? []).some((o) => options.includes(o));
}

/** How the collection measures up: the worst conduct chosen decides. */
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
