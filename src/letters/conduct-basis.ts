// The rules each kind of conduct breaks, for the complaint letter. Only rules the facts file
// lists (public_order_law, civil_privacy, pipl, criminal_238, nfra_consumer_rules, industry_*,
// official_channel_only); article numbers resting on one source are left out of letters.
import type { ConductOption } from '../../flows/debt-collection/questions';

export const BASIS_KEYS = [
  'public_order',
  'criminal_238',
  'civil_privacy',
  'pipl',
  'nfra',
  'industry_hours',
  'industry_third',
  'industry_prohibited',
  'official_channel',
] as const;
export type BasisKey = (typeof BASIS_KEYS)[number];

const BY_CONDUCT: Record<ConductOption, readonly BasisKey[]> = {
  reminders_only: [],
  odd_hours: ['industry_hours', 'civil_privacy'],
  high_frequency: ['industry_hours', 'civil_privacy'],
  third_party_contact: ['industry_third', 'pipl', 'civil_privacy'],
  insults: ['public_order', 'nfra'],
  threats: ['public_order', 'nfra'],
  violence_or_confinement: ['public_order', 'criminal_238', 'nfra'],
  disclosure: ['public_order', 'pipl', 'civil_privacy'],
  impersonation: ['nfra', 'industry_prohibited'],
  fake_legal_docs: ['nfra', 'industry_prohibited'],
  intimidating_visits: ['public_order', 'industry_prohibited'],
  pay_personal_account: ['official_channel'],
  unexplained_fees: ['industry_prohibited'],
};

/** Who lent: which rules bind them besides the law. */
export type LenderClass = 'bank' | 'licensed' | 'private';

const LAW_ONLY: readonly BasisKey[] = ['public_order', 'criminal_238', 'civil_privacy', 'pipl'];

/**
 * The rules behind the chosen conduct, in a fixed order (laws first). The regulators' consumer
 * protection rule binds banks and insurers only; industry rules bind lenders in the industry, not
 * a private individual, to whom only the law applies.
 */
export function basisFor(conduct: readonly ConductOption[], lender: LenderClass): BasisKey[] {
  const wanted = new Set(conduct.flatMap((option) => BY_CONDUCT[option]));
  if (lender !== 'bank') wanted.delete('nfra');
  const allowed = lender === 'private' ? LAW_ONLY : BASIS_KEYS;
  return BASIS_KEYS.filter((key) => wanted.has(key) && allowed.includes(key));
}

/** Conduct that the police deal with (治安管理处罚法), for the "report to the police" line. */
export const POLICE_CONDUCT: readonly ConductOption[] = [
  'insults',
  'threats',
  'violence_or_confinement',
  'disclosure',
  'intimidating_visits',
];
