// The letters' policy: which letters fit the answers, which regulator a complaint goes to, which
// rules the complaint cites for each kind of conduct, and which notes go with each letter. Words
// live in locales/<lng>/letters.json; src/letters/ only composes them.
// Sources: shared/spec/legal-facts.md (hotline_12378, local_regulator and the rules cited below).
import type { Answers } from './answers';
import { assess, scamRisk } from './assessment';
import type { FactKey } from './legal-facts';
import { isBank, isLicensedLender, lenderClass, type DebtType, type Lender } from './lender';
import type { ConductOption } from './questions';
import {
  budgetTotalsFen,
  SPENDING_CATEGORIES,
  type Budget,
  type SpendingCategory,
} from '../money/budget';
import type { DebtKind } from '../money/debt-kinds';
import type { Debt } from '../money/debts';
import { toYuan } from '../money/money-units';
import { makeOffer } from '../money/offer';

export const LETTER_KINDS = [
  'negotiation',
  'confirm_agreement',
  'complaint',
  'phone_script',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

// --- Which regulator -----------------------------------------------------------------------

/** For online lenders the debt type alone does not say who lent: the person tells us. */
export const LENDER_KINDS = ['consumer_finance', 'micro_loan', 'unsure'] as const;
export type LenderKind = (typeof LENDER_KINDS)[number];

/**
 * nfra: 国家金融监督管理总局 (its local office, or 12378), for banks and
 * consumer-finance companies. local: 地方金融管理局, for micro-loan companies. either: not known
 * yet. none: private and unlicensed lending have no financial regulator to hear a complaint;
 * unlawful conduct goes to the police.
 */
export type Regulator = 'nfra' | 'local' | 'either' | 'none';

export function regulatorFor(debtType: DebtType | undefined, lenderKind: LenderKind): Regulator {
  const lender = lenderClass(debtType);
  if (isBank(lender)) return 'nfra';
  if (!isLicensedLender(lender)) return 'none';
  if (lenderKind === 'consumer_finance') return 'nfra';
  return lenderKind === 'micro_loan' ? 'local' : 'either';
}

/** Whether to ask which kind of company lent the money. */
export function asksLenderKind(debtType: DebtType | undefined): boolean {
  return lenderClass(debtType) === 'licensed';
}

// --- Which rules a complaint cites -----------------------------------------------------------

/** Grouped as a Chinese formal letter groups them: laws, then regulators' rules, then industry. */
export const BASIS_GROUPS = {
  law: ['public_order_law', 'criminal_238', 'civil_privacy', 'pipl'],
  regulation: ['nfra_consumer_rules', 'card_rules_68'],
  industry: [
    'industry_hours_frequency',
    'industry_third_parties',
    'industry_prohibited',
    'official_channel_only',
  ],
} as const satisfies Record<string, readonly FactKey[]>;
export type BasisGroup = keyof typeof BASIS_GROUPS;
export type BasisFact = (typeof BASIS_GROUPS)[BasisGroup][number];

const GROUP_ORDER: readonly BasisGroup[] = ['law', 'regulation', 'industry'];

const BASIS_BY_CONDUCT: Record<ConductOption, readonly BasisFact[]> = {
  reminders_only: [],
  odd_hours: ['industry_hours_frequency', 'civil_privacy'],
  high_frequency: ['industry_hours_frequency', 'civil_privacy'],
  third_party_contact: ['industry_third_parties', 'card_rules_68', 'pipl', 'civil_privacy'],
  insults: ['public_order_law', 'nfra_consumer_rules', 'card_rules_68'],
  threats: ['public_order_law', 'nfra_consumer_rules', 'card_rules_68'],
  violence_or_confinement: [
    'public_order_law',
    'criminal_238',
    'nfra_consumer_rules',
    'card_rules_68',
  ],
  disclosure: ['public_order_law', 'pipl', 'civil_privacy', 'card_rules_68'],
  impersonation: ['nfra_consumer_rules', 'industry_prohibited'],
  fake_legal_docs: ['nfra_consumer_rules', 'industry_prohibited'],
  intimidating_visits: ['public_order_law', 'industry_prohibited'],
  pay_personal_account: ['official_channel_only'],
  unexplained_fees: ['industry_prohibited'],
};

/** Whether the rule binds this lender: the law binds everyone. */
function binds(fact: BasisFact, lender: Lender): boolean {
  if (fact === 'nfra_consumer_rules') return isBank(lender);
  if (fact === 'card_rules_68') return lender === 'bank_card';
  if ((BASIS_GROUPS.industry as readonly BasisFact[]).includes(fact)) {
    return isLicensedLender(lender);
  }
  return true;
}

export interface BasisSection {
  readonly group: BasisGroup;
  readonly facts: readonly BasisFact[];
}

/** The rules behind the chosen conduct that bind this lender, by group, empty groups left out. */
export function basisFor(conduct: readonly ConductOption[], lender: Lender): BasisSection[] {
  const wanted = new Set(conduct.flatMap((option) => BASIS_BY_CONDUCT[option]));
  return GROUP_ORDER.map((group) => ({
    group,
    facts: BASIS_GROUPS[group].filter((fact: BasisFact) => wanted.has(fact) && binds(fact, lender)),
  })).filter((section) => section.facts.length > 0);
}

// --- Police ----------------------------------------------------------------------------------

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

export function policeConduct(answers: Answers): boolean {
  return (answers.conduct ?? []).some((option) => POLICE_CONDUCT.includes(option));
}

/**
 * A private lender who threatened or used force is a matter for the police: a written complaint
 * sent to such a person can make things worse.
 */
export function policeBeforeComplaint(answers: Answers): boolean {
  return (
    lenderClass(answers.debt_type) === 'private' &&
    (answers.conduct ?? []).some((option) => DANGER_CONDUCT.includes(option))
  );
}

/** A lender without a licence is reported (police, regulator), not written to. */
export function lenderIsUnlicensed(answers: Answers): boolean {
  return lenderClass(answers.debt_type) === 'unlicensed';
}

// --- Which letters ---------------------------------------------------------------------------

/** Which letters fit these answers, in the order the result would use them. */
export function suggestedLetters(answers: Answers): LetterKind[] {
  const suggested: LetterKind[] = [];
  const unverified = answers.collector !== undefined && answers.collector !== 'creditor';
  if (unverified || scamRisk(answers)) suggested.push('phone_script');
  const complaintFits =
    assess(answers) !== 'lawful' || answers.collection_after_agreement === 'continuing_pressure';
  if (complaintFits && !policeBeforeComplaint(answers) && !lenderIsUnlicensed(answers)) {
    suggested.push('complaint');
  }
  if (
    answers.collection_after_agreement === 'continuing_pressure' ||
    answers.agreement === 'verbal'
  ) {
    suggested.push('confirm_agreement');
  }
  const needsPlan = answers.can_repay === 'instalments' || answers.can_repay === 'not_now';
  if (needsPlan && answers.debt_recognised !== 'not_mine') suggested.push('negotiation');
  return suggested;
}

// --- Which notes -----------------------------------------------------------------------------

/** Notes shown before a letter (words: letters.json ui.note.<id>, regulator notes by regulator). */
export type NoteId =
  | 'not_mine'
  | 'limitation'
  | 'missed'
  | 'unlicensed'
  | 'police_first'
  | `regulator_${Regulator}`
  | 'reminders_only';

function complaintNote(answers: Answers, lenderKind: LenderKind): NoteId {
  if (lenderIsUnlicensed(answers)) return 'unlicensed';
  if (policeBeforeComplaint(answers)) return 'police_first';
  return `regulator_${regulatorFor(answers.debt_type, lenderKind)}`;
}

/** What to know before sending this letter, given the answers, in the order to show it. */
export function letterNotes(
  kind: LetterKind,
  answers: Answers,
  lenderKind: LenderKind = 'unsure',
): NoteId[] {
  const notes: NoteId[] = [];
  const notMine = answers.debt_recognised === 'not_mine';
  // Every letter and the phone call can be taken as owning the debt: warn on each of them.
  if (notMine) notes.push('not_mine');
  if (kind === 'negotiation' && !notMine) notes.push('limitation');
  if (
    kind === 'confirm_agreement' &&
    (answers.keeping_agreement === 'missed' || answers.keeping_agreement === 'cannot')
  ) {
    notes.push('missed');
  }
  if (kind === 'complaint') {
    notes.push(complaintNote(answers, lenderKind));
    const conduct = answers.conduct ?? [];
    if (conduct.every((option) => option === 'reminders_only')) notes.push('reminders_only');
  }
  return notes;
}

// --- The negotiation letter's offer (money-tools.md §3) --------------------------------------

/** What a negotiation letter states for one debt of the list: its offer and the budget behind it. */
export interface NegotiationOffer {
  readonly lender: string;
  readonly kind: DebtKind;
  readonly balance: number;
  /** Whole yuan a month for this debt. */
  readonly share: number;
  /** Months to clear it at that share; null when the share is 0. */
  readonly months: number | null;
  readonly debtCount: number;
  readonly income: number;
  readonly spending: number;
  /** Income less spending, whole yuan, never below 0. */
  readonly available: number;
  /** The spending categories with an amount, in the budget's order. */
  readonly essentials: readonly { readonly category: SpendingCategory; readonly amount: number }[];
}

/** A negotiation letter can state an offer once there are debts and a budget with income. */
export function hasNegotiationOffers(budget: Budget, debts: readonly Debt[]): boolean {
  return debts.length > 0 && budget.income.length > 0;
}

/** The offer for the debt `debtId`, from the whole list and the budget; null when there is none. */
export function negotiationOffer(
  budget: Budget,
  debts: readonly Debt[],
  debtId: string,
): NegotiationOffer | null {
  if (!hasNegotiationOffers(budget, debts)) return null;
  const index = debts.findIndex((debt) => debt.id === debtId);
  const debt = debts[index];
  if (debt === undefined) return null;
  const offer = makeOffer(budget, debts);
  const share = offer.shares[index];
  const totals = budgetTotalsFen(budget);
  return {
    lender: debt.lender,
    kind: debt.kind,
    balance: debt.balance,
    share: share?.share ?? 0,
    months: share?.months_to_clear ?? null,
    debtCount: debts.length,
    income: toYuan(totals.income),
    spending: toYuan(totals.spending),
    available: Math.max(offer.available, 0),
    essentials: SPENDING_CATEGORIES.flatMap((category) => {
      const amount = budget.spending[category] ?? 0;
      return amount > 0 ? [{ category, amount }] : [];
    }),
  };
}
