// The rules each kind of conduct breaks, for the complaint letter, grouped as a Chinese formal
// letter groups them: laws, then regulators' rules, then industry rules. Only rules the facts file
// lists, cited as its official citations; article numbers only where it marks them V.
import type { ConductOption } from '../../flows/debt-collection/questions';
import { boundByIndustryRules, isBank, type Lender } from './lender';

export const BASIS_GROUPS = {
  law: ['public_order', 'criminal_238', 'civil_privacy', 'pipl'],
  regulation: ['nfra', 'card_rules'],
  industry: ['industry_hours', 'industry_third', 'industry_prohibited', 'official_channel'],
} as const;
export type BasisGroup = keyof typeof BASIS_GROUPS;
export type BasisKey = (typeof BASIS_GROUPS)[BasisGroup][number];

const GROUP_ORDER: readonly BasisGroup[] = ['law', 'regulation', 'industry'];

const BY_CONDUCT: Record<ConductOption, readonly BasisKey[]> = {
  reminders_only: [],
  odd_hours: ['industry_hours', 'civil_privacy'],
  high_frequency: ['industry_hours', 'civil_privacy'],
  third_party_contact: ['industry_third', 'card_rules', 'pipl', 'civil_privacy'],
  insults: ['public_order', 'nfra', 'card_rules'],
  threats: ['public_order', 'nfra', 'card_rules'],
  violence_or_confinement: ['public_order', 'criminal_238', 'nfra', 'card_rules'],
  disclosure: ['public_order', 'pipl', 'civil_privacy', 'card_rules'],
  impersonation: ['nfra', 'industry_prohibited'],
  fake_legal_docs: ['nfra', 'industry_prohibited'],
  intimidating_visits: ['public_order', 'industry_prohibited'],
  pay_personal_account: ['official_channel'],
  unexplained_fees: ['industry_prohibited'],
};

/** Whether this lender is bound by the rule: the law binds everyone. */
function binds(key: BasisKey, lender: Lender): boolean {
  if (key === 'nfra') return isBank(lender);
  if (key === 'card_rules') return lender === 'bank_card';
  if ((BASIS_GROUPS.industry as readonly BasisKey[]).includes(key)) {
    return boundByIndustryRules(lender);
  }
  return true;
}

export interface BasisSection {
  readonly group: BasisGroup;
  readonly keys: readonly BasisKey[];
}

/** The rules behind the chosen conduct that bind this lender, by group, empty groups left out. */
export function basisFor(conduct: readonly ConductOption[], lender: Lender): BasisSection[] {
  const wanted = new Set(conduct.flatMap((option) => BY_CONDUCT[option]));
  return GROUP_ORDER.map((group) => ({
    group,
    keys: BASIS_GROUPS[group].filter((key: BasisKey) => wanted.has(key) && binds(key, lender)),
  })).filter((section) => section.keys.length > 0);
}

/** Conduct that the police deal with (治安管理处罚法), for the "report to the police" line. */
export const POLICE_CONDUCT: readonly ConductOption[] = [
  'insults',
  'threats',
  'violence_or_confinement',
  'disclosure',
  'intimidating_visits',
];

/** Conduct after which a person should go to the police before writing to the lender. */
export const DANGER_CONDUCT: readonly ConductOption[] = ['threats', 'violence_or_confinement'];
