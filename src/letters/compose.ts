// The four letters and scripts as plain text, from the answers, the form and the evidence log.
// Words come from locales/<lng>/letters.json; this file only decides which parts apply.
import type { Answers } from '../../flows/debt-collection/answers';
import type { ConductOption } from '../../flows/debt-collection/questions';
import type { EvidenceEntry } from '../evidence/evidence-entry';
import type { LetterText } from '../i18n/lazy-bundles';
import type { Language } from '../i18n/languages';
import { fill } from '../i18n/fill';
import { isBank, lenderClass } from '../../flows/debt-collection/lender';
import {
  basisFor,
  policeConduct,
  regulatorFor,
  type LetterKind,
  type LenderKind,
  type NegotiationOffer,
} from '../../flows/debt-collection/letters';
import type { SpendingCategory } from '../../flows/money/budget';
import type { TrueCost } from '../../flows/money/true-cost';
import type { LetterInput } from './letter-form';
import { formatAmount, formatDate, parseDateInput, type DateParts } from '../forms/parse-input';

export interface LetterOptions {
  readonly recipient: 'creditor' | 'regulator';
  readonly lenderKind: LenderKind;
  readonly includeEvidence: boolean;
}

export interface LetterContext {
  readonly answers: Answers;
  readonly input: LetterInput;
  readonly options: LetterOptions;
  readonly evidence: readonly EvidenceEntry[];
  /** The language the letter is written in: dates and amounts are formatted for it. */
  readonly language: Language;
  /** For a negotiation letter about one debt of the list: its offer and the budget behind it. */
  readonly offer?: LetterOffer;
  /** The true cost last computed on the cost screen: the complaint quotes its rate. */
  readonly cost?: TrueCost;
}

export interface LetterOffer {
  readonly offer: NegotiationOffer;
  /** The budget's spending categories as the money screens name them, in the letter's language. */
  readonly categoryNames: Readonly<Record<SpendingCategory, string>>;
}

const LOCALE: Record<Language, string> = { 'zh-CN': 'zh-CN', 'zh-Hant': 'zh-Hant', en: 'en-GB' };

/** Every slot a letter can use, with its placeholder where the form has nothing valid. */
function slots(text: LetterText, context: LetterContext): Record<string, string> {
  const { input, answers } = context;
  const locale = LOCALE[context.language];
  const date = (value: DateParts | undefined) =>
    value === undefined ? undefined : formatDate(value, locale);
  const amount = (value: number | undefined) =>
    value === undefined ? undefined : formatAmount(value, locale);
  const p = text.placeholder;
  const regulator = regulatorFor(answers.debt_type, context.options.lenderKind);
  const agreement = answers.agreement;
  return {
    name: input.name ?? p.name,
    creditor: input.creditor ?? p.creditor,
    account: input.account ?? p.account,
    phone: input.phone ?? p.phone,
    date: date(input.date) ?? p.date,
    total: amount(input.total) ?? p.total,
    instalment: amount(input.instalment) ?? p.instalment,
    count: input.count === undefined ? p.count : String(input.count),
    first_date: date(input.first_date) ?? p.first_date,
    hardship: input.hardship ?? p.hardship,
    agreement_date: date(input.agreement_date) ?? p.agreement_date,
    agency: input.agency ?? p.agency,
    details: input.details ?? '',
    complaint_date: date(input.complaint_date) ?? p.complaint_date,
    ticket: input.ticket ?? p.ticket,
    debt: text.debt[answers.debt_type ?? 'unknown'],
    agreement_form:
      agreement === undefined || agreement === 'none' ? '' : text.agreement_form[agreement],
    regulator:
      regulator === 'nfra' || regulator === 'local' ? text.regulator[regulator] : p.regulator,
  };
}

/** Builds the letter: a list of lines (null = leave out) joined as plain text. */
export function composeLetter(kind: LetterKind, text: LetterText, context: LetterContext): string {
  const values = slots(text, context);
  const f: Fill = (template, extra = {}) => fill(template, { ...values, ...extra });
  const lines = BUILDERS[kind](text, context, f);
  return lines
    .filter((line): line is string => line !== null)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

type Fill = (template: string, extra?: Readonly<Record<string, string>>) => string;
type Builder = (text: LetterText, context: LetterContext, f: Fill) => (string | null)[];

const numbered = (markers: readonly string[], items: readonly string[]) =>
  items.map((item, index) => `${markers[index] ?? `${index + 1}. `}${item}`);
const digits = (items: readonly string[]) => items.map((item, index) => `${index + 1}. ${item}`);

function header(text: LetterText, f: Fill, recipient: string, withPhone = true): string[] {
  const c = text.common;
  return [f(c.to, { recipient }), f(c.from), f(c.account), ...(withPhone ? [f(c.phone)] : []), ''];
}

const bankDebt = (answers: Answers) => isBank(lenderClass(answers.debt_type));
const notMine = (answers: Answers) => answers.debt_recognised === 'not_mine';

const negotiation: Builder = (text, context, f) => {
  const t = text.negotiation;
  const { answers, offer } = context;
  const debtType = offer?.offer.kind ?? answers.debt_type;
  // With an offer, interest and fees are asked to stop, not only considered.
  const requests = offer ? t.requests.map((r, i) => (i === 1 ? t.request_stop : r)) : t.requests;
  return [
    t.title,
    '',
    ...header(text, f, f('{{creditor}}')),
    f(t.opening, offer ? { debt: text.debt[offer.offer.kind] } : {}),
    answers.debt_recognised === 'amount_disputed' ? t.disputed : null,
    f(t.hardship),
    ...(offer ? offerLines(text, context, offer, f) : [f(t.plan)]),
    '',
    t.requests_intro,
    ...numbered(text.list_markers, requests),
    debtType === 'bank_credit_card' ? `\n${t.card}` : null,
    '',
    t.closing,
    '',
    f(t.signature),
    f(text.common.date),
  ];
};

/** The offer for this debt, then the budget behind it as the evidence of hardship. */
function offerLines(text: LetterText, context: LetterContext, letterOffer: LetterOffer, f: Fill) {
  const t = text.negotiation;
  const { offer, categoryNames } = letterOffer;
  const yuan = (value: number) => formatAmount(value, LOCALE[context.language]);
  const items = offer.essentials
    .map(({ category, amount }) =>
      fill(t.budget_item, { name: categoryNames[category], amount: yuan(amount) }),
    )
    .join(t.budget_item_separator);
  return [
    offer.months === null
      ? t.no_surplus
      : f(t.plan_offer, { share: yuan(offer.share), months: String(offer.months) }),
    '',
    t.budget_intro,
    fill(t.budget_income, { amount: yuan(offer.income) }),
    fill(items === '' ? t.budget_spending_none : t.budget_spending, {
      amount: yuan(offer.spending),
      items,
    }),
    fill(t.budget_available, { amount: yuan(offer.available) }),
    offer.debtCount > 1 ? fill(t.budget_split, { count: String(offer.debtCount) }) : null,
  ];
}

const confirmAgreement: Builder = (text, { answers }, f) => {
  const t = text.confirm_agreement;
  // Only pressure after the agreement is asked to stop: reminders are how instalments fall due.
  const continuing = answers.collection_after_agreement === 'continuing_pressure';
  const reminders = answers.collection_after_agreement === 'reminders_only';
  const card = answers.debt_type === 'bank_credit_card';
  const requests = [
    t.request_confirm,
    ...(reminders ? [t.request_match] : []),
    ...(continuing ? [t.request_stop, t.request_agency] : []),
    t.request_reply,
  ];
  return [
    continuing ? t.title_stop : t.title,
    '',
    ...header(text, f, f('{{creditor}}')),
    f(t.opening),
    answers.keeping_agreement === 'yes' ? t.keeping : null,
    continuing ? f(t.continuing) : null,
    reminders ? t.reminders : null,
    '',
    t.requests_intro,
    ...numbered(text.list_markers, requests),
    '',
    card && continuing ? t.card : null,
    card && answers.agreement === 'verbal' ? t.card_verbal : null,
    ...(continuing ? escalation(text, answers, f) : []),
    '',
    f(t.signature),
    f(text.common.date),
  ];
};

/** What happens if collection goes on: the complaint deadline and the next step. */
function escalation(text: LetterText, answers: Answers, f: Fill): string[] {
  if (answers.debt_type === 'private_lender') return [text.confirm_agreement.escalate_private];
  return [
    ...(bankDebt(answers) ? [text.common.deadline_bank] : []),
    f(text.common.escalate_regulator),
  ];
}

const complaint: Builder = (text, context, f) => {
  const t = text.complaint;
  const { answers, options } = context;
  const conduct = (answers.conduct ?? []).filter(
    (option): option is Exclude<ConductOption, 'reminders_only'> => option !== 'reminders_only',
  );
  const regulator = regulatorFor(answers.debt_type, options.lenderKind);
  const toRegulator = options.recipient === 'regulator' && regulator !== 'none';
  const basis = basisFor(conduct, lenderClass(answers.debt_type));
  const evidence = options.includeEvidence ? context.evidence : [];
  const police = policeConduct(answers);
  // Someone who denies the debt must not sign a letter that calls them the borrower.
  const opening = notMine(answers)
    ? toRegulator
      ? t.opening_regulator_not_mine
      : t.opening_creditor_not_mine
    : toRegulator
      ? t.opening_regulator
      : t.opening_creditor;
  return [
    t.title,
    '',
    ...header(text, f, toRegulator ? f('{{regulator}}') : f('{{creditor}}')),
    f(opening),
    ...(conduct.length > 0
      ? digits(conduct.map((option) => text.conduct[option]))
      : [text.placeholder.conduct]),
    context.input.details === undefined ? null : f(t.details),
    ...(context.cost ? rateLines(text, context, context.cost) : []),
    '',
    ...(basis.length > 0
      ? [
          t.basis_intro,
          ...basis.flatMap(({ group, facts }, index) => [
            `${text.group_markers[index] ?? ''}${text.basis_group[group]}`,
            ...digits(facts.map((fact) => text.basis[fact])),
          ]),
          '',
        ]
      : []),
    ...(evidence.length > 0
      ? [t.evidence_intro, ...digits(evidence.map((entry) => evidenceLine(text, context, entry)))]
      : [t.evidence_none]),
    '',
    ...(toRegulator ? [f(t.prior_complaint)] : [t.contact_me_only, '']),
    t.requests_intro,
    ...numbered(
      text.list_markers,
      [
        ...(context.cost && crossedLines(text, context, context.cost).length > 0
          ? [t.request_rate]
          : []),
        ...(toRegulator ? t.requests_regulator : t.requests_creditor),
      ].map((request) => f(request)),
    ),
    '',
    !toRegulator && bankDebt(answers) ? text.common.deadline_bank : null,
    !toRegulator && regulator !== 'none' ? f(text.common.escalate_regulator) : null,
    police ? text.common.escalate_police : null,
    '',
    f(t.signature),
    f(text.common.date),
  ];
};

const percent = (rate: number, language: Language) =>
  `${formatAmount(Math.round(rate * 10000) / 100, LOCALE[language])}%`;

/** The lines the rate is above; 4 × LPR only for a loan between individuals, where it applies. */
function crossedLines(text: LetterText, context: LetterContext, cost: TrueCost): string[] {
  const t = text.complaint;
  const lines = [
    ...(cost.above_24 ? [t.rate_line_24] : []),
    ...(cost.above_36 ? [t.rate_line_36] : []),
  ];
  if (
    context.answers.debt_type === 'private_lender' &&
    cost.above_private_cap === true &&
    cost.private_cap !== null
  ) {
    lines.push(fill(t.rate_line_cap, { cap: percent(cost.private_cap, context.language) }));
  }
  return lines;
}

/** The loan's real annual rate, as computed from what arrived and what must be repaid. */
function rateLines(text: LetterText, context: LetterContext, cost: TrueCost): string[] {
  const t = text.complaint;
  const yuan = (value: number) => formatAmount(value, LOCALE[context.language]);
  const crossed = crossedLines(text, context, cost);
  return [
    fill(t.rate, {
      received: yuan(cost.received),
      total: yuan(cost.total_repaid),
      apr: percent(cost.apr, context.language),
      crossed:
        crossed.length > 0
          ? fill(t.rate_crossed, { lines: crossed.join(t.rate_line_separator) })
          : '',
    }).trim(),
    ...(cost.deducted_upfront > 0
      ? [fill(t.rate_deducted, { amount: yuan(cost.deducted_upfront) })]
      : []),
  ];
}

function evidenceLine(text: LetterText, context: LetterContext, entry: EvidenceEntry): string {
  const date = parseDateInput(entry.date);
  const day = date === null ? entry.date : formatDate(date, LOCALE[context.language]);
  const when = entry.time === '' ? day : `${day} ${entry.time}`;
  const line = fill(text.complaint.evidence_entry, {
    when,
    who: entry.who || '-',
    channel: text.channel[entry.channel],
    what: entry.what.replace(/\s*\n\s*/g, ' '),
  });
  return entry.attachments.length === 0
    ? line
    : line + fill(text.complaint.evidence_files, { files: entry.attachments.join(', ') });
}

const phoneScript: Builder = (text, { answers }, f) => {
  const t = text.phone_script;
  // Asking "how much do I owe" on a recorded line presumes the debt: not for a debt denied.
  const denied = notMine(answers);
  return [
    t.title,
    '',
    t.before_heading,
    ...t.before.map((line) => `· ${f(line)}`),
    '',
    t.say_heading,
    f(denied ? t.say_not_mine : t.say),
    ...digits(denied ? t.questions_not_mine : t.questions),
    '',
    t.if_not_heading,
    t.if_not,
    '',
    t.end,
    '',
    t.after_heading,
    denied ? t.after_not_mine : t.after,
  ];
};

const BUILDERS: Record<LetterKind, Builder> = {
  negotiation,
  confirm_agreement: confirmAgreement,
  complaint,
  phone_script: phoneScript,
};
