// The letters say what happened and send it to the right place: every chosen conduct is listed,
// each debt type's complaint goes to the regulator the facts file names (or to none), and no
// template slot is ever left unfilled, on any route, in any language.
import type { Answers } from '../../flows/debt-collection/answers';
import { QUESTIONS } from '../../flows/debt-collection/questions';
import type { EvidenceEntry } from '../../src/evidence/evidence-entry';
import type { LetterText } from '../../src/i18n/lazy-bundles';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { composeLetter, type LetterOptions } from '../../src/letters/compose';
import {
  checkLetterForm,
  emptyLetterForm,
  type LetterFormValues,
} from '../../src/letters/letter-form';
import { lenderClass } from '../../flows/debt-collection/lender';
import {
  LENDER_KINDS,
  LETTER_KINDS,
  asksLenderKind,
  regulatorFor,
  suggestedLetters,
  type LenderKind,
  type LetterKind,
} from '../../flows/debt-collection/letters';
import en from '../../locales/en/letters.json';
import zhCN from '../../locales/zh-CN/letters.json';
import zhHant from '../../locales/zh-Hant/letters.json';
import { routeCoveringSets } from '../support/route-coverage';

const TEXT: Record<Language, LetterText> = {
  'zh-CN': zhCN.letter,
  'zh-Hant': zhHant.letter,
  en: en.letter,
};
const CONDUCT = QUESTIONS.conduct.options.filter((o) => o !== 'reminders_only');

const base: Answers = {
  debt_type: 'bank_loan',
  debt_recognised: 'yes',
  collector: 'agency',
  conduct: ['threats'],
  agreement: 'none',
  can_repay: 'instalments',
  legal_action: 'none',
  wellbeing: 'coping',
};

const complaintOptions = (
  recipient: LetterOptions['recipient'],
  lenderKind: LenderKind = 'unsure',
): LetterOptions => ({
  recipient,
  lenderKind,
  includeEvidence: true,
});

/** Whether the text holds every fixed part of the template, whatever filled its slots. */
function follows(text: string, template: string): boolean {
  return template
    .split(/\{\{\s*\w+\s*\}\}/)
    .filter((part) => part.length > 0)
    .every((part) => text.includes(part));
}

function letter(
  kind: LetterKind,
  answers: Answers,
  options: Partial<LetterOptions> = {},
  {
    language = 'zh-CN',
    form = {},
    evidence = [],
  }: {
    language?: Language;
    form?: Partial<LetterFormValues>;
    evidence?: EvidenceEntry[];
  } = {},
): string {
  const { input } = checkLetterForm({ ...emptyLetterForm('2025-03-08'), ...form });
  return composeLetter(kind, TEXT[language], {
    answers,
    input,
    options: { ...complaintOptions('creditor'), ...options },
    evidence,
    language,
  });
}

describe.each(LANGUAGES)('complaint letter in %s', (language) => {
  const t = TEXT[language];

  it.each(CONDUCT)('lists "%s" when it was chosen, and not otherwise', (option) => {
    const chosen = letter('complaint', { ...base, conduct: [option] }, {}, { language });
    expect(chosen).toContain(t.conduct[option]);
    const others = CONDUCT.filter((o) => o !== option && !t.conduct[o].includes(t.conduct[option]));
    const without = letter('complaint', { ...base, conduct: others }, {}, { language });
    expect(without).not.toContain(t.conduct[option]);
  });

  it('lists every chosen conduct together, numbered', () => {
    const text = letter('complaint', { ...base, conduct: [...CONDUCT] }, {}, { language });
    CONDUCT.forEach((option, index) =>
      expect(text).toContain(`${index + 1}. ${t.conduct[option]}`),
    );
  });

  it('leaves a bracket for the conduct when only reminders were chosen', () => {
    const text = letter('complaint', { ...base, conduct: ['reminders_only'] }, {}, { language });
    expect(text).toContain(t.placeholder.conduct);
    expect(text).not.toContain(t.conduct.reminders_only);
  });

  it('names the regulator the facts file gives for each debt type', () => {
    const cases: [Answers['debt_type'], LenderKind, string | null][] = [
      ['bank_credit_card', 'unsure', t.regulator.nfra],
      ['bank_loan', 'unsure', t.regulator.nfra],
      ['online_lender', 'consumer_finance', t.regulator.nfra],
      ['online_lender', 'micro_loan', t.regulator.local],
      ['online_lender', 'unsure', t.placeholder.regulator],
      ['unknown', 'consumer_finance', t.regulator.nfra],
      ['unknown', 'micro_loan', t.regulator.local],
      ['unknown', 'unsure', t.placeholder.regulator],
      ['private_lender', 'unsure', null],
    ];
    for (const [debtType, lenderKind, regulator] of cases) {
      const answers = { ...base, debt_type: debtType };
      const toRegulator = letter('complaint', answers, complaintOptions('regulator', lenderKind), {
        language,
      });
      const toCreditor = letter('complaint', answers, complaintOptions('creditor', lenderKind), {
        language,
      });
      const label = `${debtType}/${lenderKind}`;
      if (regulator === null) {
        for (const body of [t.regulator.nfra, t.regulator.local, t.placeholder.regulator]) {
          expect(toRegulator, label).not.toContain(body);
          expect(toCreditor, label).not.toContain(body);
        }
        // Private lending: no regulator, and the letter goes to the lender whatever was chosen.
        expect(toRegulator).toBe(toCreditor);
      } else {
        expect(toRegulator.split('\n')[2], label).toBe(fillTo(t, regulator));
        expect(toCreditor, label).toContain(
          t.common.escalate_regulator.replace('{{regulator}}', regulator),
        );
        for (const other of [t.regulator.nfra, t.regulator.local, t.placeholder.regulator].filter(
          (r) => !regulator.includes(r),
        )) {
          expect(toRegulator, label).not.toContain(other);
        }
      }
    }
  });

  it('cites the banking regulators’ rule and the 15-day deadline for bank debts only', () => {
    const bank = letter('complaint', { ...base, debt_type: 'bank_credit_card' }, {}, { language });
    const online = letter('complaint', { ...base, debt_type: 'online_lender' }, {}, { language });
    expect(bank).toContain(t.basis.nfra_consumer_rules);
    expect(bank).toContain(t.common.deadline_bank);
    expect(online).not.toContain(t.basis.nfra_consumer_rules);
    expect(online).not.toContain(t.common.deadline_bank);
  });

  it('cites only the law to a private lender: industry rules do not bind individuals', () => {
    const everything = { ...base, debt_type: 'private_lender' as const, conduct: [...CONDUCT] };
    const text = letter('complaint', everything, {}, { language });
    for (const key of ['public_order_law', 'criminal_238', 'civil_privacy', 'pipl'] as const) {
      expect(text).toContain(t.basis[key]);
    }
    for (const key of [
      'nfra_consumer_rules',
      'industry_hours_frequency',
      'industry_third_parties',
      'industry_prohibited',
      'official_channel_only',
    ] as const) {
      expect(text).not.toContain(t.basis[key]);
    }
    const online = letter(
      'complaint',
      { ...everything, debt_type: 'online_lender' },
      {},
      { language },
    );
    expect(online).toContain(t.basis.industry_hours_frequency);
  });

  it('says it will go to the police only for conduct the police deal with', () => {
    expect(letter('complaint', { ...base, conduct: ['insults'] }, {}, { language })).toContain(
      t.common.escalate_police,
    );
    expect(
      letter('complaint', { ...base, conduct: ['odd_hours'] }, {}, { language }),
    ).not.toContain(t.common.escalate_police);
  });

  it('never calls a person who denies the debt its borrower, to the lender or the regulator', () => {
    const denied: Answers = { ...base, debt_recognised: 'not_mine' };
    const openings = [
      ['creditor', t.complaint.opening_creditor, t.complaint.opening_creditor_not_mine],
      ['regulator', t.complaint.opening_regulator, t.complaint.opening_regulator_not_mine],
    ] as const;
    for (const [recipient, owned, disowned] of openings) {
      const options = complaintOptions(recipient, 'consumer_finance');
      const deniedText = letter('complaint', denied, options, { language });
      const ownedText = letter('complaint', base, options, { language });
      expect(follows(deniedText, disowned), recipient).toBe(true);
      expect(follows(deniedText, owned), recipient).toBe(false);
      expect(follows(ownedText, owned), recipient).toBe(true);
      expect(follows(ownedText, disowned), recipient).toBe(false);
    }
  });

  it('cites the credit-card rule on third parties for card debts only', () => {
    for (const option of ['third_party_contact', 'disclosure', 'threats'] as const) {
      const answers: Answers = { ...base, conduct: [option] };
      const card = letter(
        'complaint',
        { ...answers, debt_type: 'bank_credit_card' },
        {},
        { language },
      );
      expect(card, option).toContain(t.basis.card_rules_68);
      for (const debtType of ['bank_loan', 'online_lender', 'private_lender'] as const) {
        const other = letter('complaint', { ...answers, debt_type: debtType }, {}, { language });
        expect(other, `${option} ${debtType}`).not.toContain(t.basis.card_rules_68);
      }
    }
    const hours = letter(
      'complaint',
      { ...base, debt_type: 'bank_credit_card', conduct: ['odd_hours'] },
      {},
      { language },
    );
    expect(hours).not.toContain(t.basis.card_rules_68);
  });

  it('groups the rules under laws, regulators’ rules and industry rules, in that order', () => {
    const heading = (index: number, group: keyof LetterText['basis_group']) =>
      `${t.group_markers[index]}${t.basis_group[group]}`;
    const card = letter(
      'complaint',
      {
        ...base,
        debt_type: 'bank_credit_card',
        conduct: ['odd_hours', 'impersonation', 'threats'],
      },
      {},
      { language },
    ).split('\n');
    const law = card.indexOf(heading(0, 'law'));
    const regulation = card.indexOf(heading(1, 'regulation'));
    const industry = card.indexOf(heading(2, 'industry'));
    expect(law).toBeGreaterThan(0);
    expect(regulation).toBeGreaterThan(law);
    expect(industry).toBeGreaterThan(regulation);
    expect(card[law + 1]).toBe(`1. ${t.basis.public_order_law}`);
    expect(card[regulation + 1]).toBe(`1. ${t.basis.nfra_consumer_rules}`);
    expect(card[regulation + 2]).toBe(`2. ${t.basis.card_rules_68}`);
    expect(card[industry + 1]).toBe(`1. ${t.basis.industry_hours_frequency}`);
    // An online lender is bound by no regulators' rule here: the industry rules come second.
    const online = letter(
      'complaint',
      { ...base, debt_type: 'online_lender', conduct: ['odd_hours'] },
      {},
      { language },
    ).split('\n');
    expect(online).toContain(heading(1, 'industry'));
    expect(online).not.toContain(heading(1, 'regulation'));
  });

  it('asks the lender to contact only the person, but not in a letter to the regulator', () => {
    const toLender = letter('complaint', base, complaintOptions('creditor'), { language });
    const toRegulator = letter('complaint', base, complaintOptions('regulator'), { language });
    expect(toLender).toContain(t.complaint.contact_me_only);
    expect(toRegulator).not.toContain(t.complaint.contact_me_only);
  });

  it('lists the evidence log when it is offered, and says evidence is kept when it is not', () => {
    const evidence: EvidenceEntry[] = [
      {
        id: 'a',
        date: '2025-03-01',
        time: '22:40',
        who: '+86 138 0000',
        channel: 'call',
        what: '说要“上门”,\n骂人',
        attachments: ['录音.m4a', 'shot, 1.png'],
      },
      {
        id: 'b',
        date: '2025-03-02',
        time: '',
        who: '',
        channel: 'third_party',
        what: 'Called my boss',
        attachments: [],
      },
    ];
    const withLog = letter('complaint', base, { includeEvidence: true }, { language, evidence });
    expect(withLog).toContain(t.complaint.evidence_intro);
    expect(withLog).toContain('+86 138 0000');
    expect(withLog).toContain('录音.m4a, shot, 1.png');
    expect(withLog).toContain(t.channel.third_party);
    expect(withLog).toContain('Called my boss');
    expect(withLog).not.toContain(t.complaint.evidence_none);
    const withoutLog = letter(
      'complaint',
      base,
      { includeEvidence: false },
      { language, evidence },
    );
    expect(withoutLog).toContain(t.complaint.evidence_none);
    expect(withoutLog).not.toContain('Called my boss');
  });
});

function fillTo(t: LetterText, recipient: string): string {
  return t.common.to.replace('{{recipient}}', recipient);
}

describe('the other letters', () => {
  const t = TEXT['zh-CN'];

  it('puts the form into the negotiation request, and brackets what is missing or invalid', () => {
    const text = letter(
      'negotiation',
      base,
      {},
      {
        form: {
          name: '张三',
          creditor: '某某银行',
          total: '12,000',
          count: '12',
          instalment: '0',
          first_date: '2025-02-30',
        },
      },
    );
    expect(text).toContain('张三');
    expect(text).toContain('某某银行');
    expect(text).toContain('12,000元');
    expect(text).toContain('分12期');
    expect(text).toContain(t.placeholder.instalment);
    expect(text).toContain(t.placeholder.first_date);
    expect(text).toContain('2025年3月8日');
  });

  it('cites the credit-card instalment rule only for credit cards', () => {
    expect(letter('negotiation', { ...base, debt_type: 'bank_credit_card' })).toContain(
      t.negotiation.card,
    );
    expect(letter('negotiation', base)).not.toContain(t.negotiation.card);
  });

  it('asks the lender to stop its agency only when collection goes on after the agreement', () => {
    const agreed: Answers = {
      ...base,
      agreement: 'verbal',
      keeping_agreement: 'yes',
      collection_after_agreement: 'continuing_pressure',
    };
    const continuing = letter('confirm_agreement', { ...agreed, debt_type: 'bank_credit_card' });
    expect(continuing).toContain(t.confirm_agreement.request_stop);
    expect(continuing).toContain(t.confirm_agreement.card);
    expect(continuing).toContain(t.confirm_agreement.card_verbal);
    expect(continuing).toContain(t.agreement_form.verbal);
    const quiet = letter('confirm_agreement', { ...agreed, collection_after_agreement: 'no' });
    expect(quiet).not.toContain(t.confirm_agreement.request_stop);
    expect(quiet).toContain(t.confirm_agreement.request_confirm);
    const privateLoan = letter('confirm_agreement', { ...agreed, debt_type: 'private_lender' });
    expect(privateLoan).toContain(t.confirm_agreement.escalate_private);
  });

  it('asks only to check the amounts and dates when there were ordinary reminders after it', () => {
    const agreed: Answers = {
      ...base,
      debt_type: 'bank_credit_card',
      agreement: 'written',
      keeping_agreement: 'yes',
      collection_after_agreement: 'reminders_only',
    };
    const text = letter('confirm_agreement', agreed);
    const lines = text.split('\n');
    expect(lines[0]).toBe(t.confirm_agreement.title);
    expect(text).toContain(t.confirm_agreement.reminders);
    expect(text).toContain(t.confirm_agreement.request_match);
    expect(follows(text, t.confirm_agreement.continuing)).toBe(false);
    for (const part of [
      t.confirm_agreement.title_stop,
      t.confirm_agreement.request_stop,
      t.confirm_agreement.request_agency,
      t.confirm_agreement.card,
      t.common.deadline_bank,
    ]) {
      expect(text).not.toContain(part);
    }
    const pressed = letter('confirm_agreement', {
      ...agreed,
      collection_after_agreement: 'continuing_pressure',
    });
    expect(pressed.split('\n')[0]).toBe(t.confirm_agreement.title_stop);
    expect(pressed).not.toContain(t.confirm_agreement.request_match);
    expect(pressed).toContain(t.common.deadline_bank);
  });

  it('names the card rule for a verbal agreement even without the stop-collection paragraph', () => {
    const text = letter('confirm_agreement', {
      ...base,
      debt_type: 'bank_credit_card',
      agreement: 'verbal',
      keeping_agreement: 'yes',
      collection_after_agreement: 'no',
    });
    expect(text).toContain(t.confirm_agreement.card_verbal);
    expect(text).not.toContain(t.confirm_agreement.card);
    expect(t.confirm_agreement.card_verbal).toContain('《商业银行信用卡业务监督管理办法》第七十条');
  });

  it('says the amount is to be checked, and disputes it when the person disputes it', () => {
    const disputed = letter('negotiation', { ...base, debt_recognised: 'amount_disputed' });
    const agreed = letter('negotiation', base);
    expect(disputed).toContain(t.negotiation.disputed);
    expect(agreed).not.toContain(t.negotiation.disputed);
  });

  it('keeps text typed into the form as typed, even when it looks like a template slot', () => {
    const text = letter('phone_script', base, {}, { form: { name: '{{agency}} <b>李四</b>' } });
    expect(text).toContain('{{agency}} <b>李四</b>');
  });
});

describe.each(LANGUAGES)('phone script in %s', (language) => {
  const t = TEXT[language];

  it('asks whether the loan exists, not how much is owed, when the debt is denied', () => {
    const denied = letter(
      'phone_script',
      { ...base, debt_recognised: 'not_mine' },
      {},
      { language },
    );
    const owned = letter('phone_script', base, {}, { language });
    for (const question of t.phone_script.questions_not_mine) {
      expect(denied).toContain(question);
      expect(owned).not.toContain(question);
    }
    for (const question of t.phone_script.questions) expect(denied).not.toContain(question);
    expect(owned).toContain(t.phone_script.questions[1]);
    expect(denied).toContain(t.phone_script.after_not_mine);
    expect(denied).not.toContain(t.phone_script.after);
    expect(follows(denied, t.phone_script.say)).toBe(false);
  });
});

describe('every letter on every route, in every language', () => {
  it('fills every slot, for every option of every question on each route', () => {
    let letters = 0;
    const { input } = checkLetterForm(emptyLetterForm('2025-03-08'));
    for (const answers of routeCoveringSets()) {
      for (const language of LANGUAGES) {
        for (const kind of LETTER_KINDS) {
          for (const lenderKind of LENDER_KINDS) {
            for (const recipient of ['creditor', 'regulator'] as const) {
              const options = { recipient, lenderKind, includeEvidence: false };
              const context = { answers, input, options, evidence: [], language };
              const text = composeLetter(kind, TEXT[language], context);
              expect(text, `${kind} ${language}`).not.toMatch(/\{\{|\}\}|undefined|null/);
              letters++;
            }
          }
        }
      }
    }
    expect(letters).toBeGreaterThan(10_000);
  });
});

describe('suggested letters', () => {
  it('send a threatened person to the police before any complaint to a private lender', () => {
    const privateLoan: Answers = { ...base, debt_type: 'private_lender', collector: 'creditor' };
    for (const danger of ['threats', 'violence_or_confinement'] as const) {
      const conduct = [danger, 'insults'] as const;
      expect(suggestedLetters({ ...privateLoan, conduct: [...conduct] })).not.toContain(
        'complaint',
      );
      expect(suggestedLetters({ ...base, conduct: [...conduct] })).toContain('complaint');
    }
    expect(suggestedLetters({ ...privateLoan, conduct: ['insults'] })).toContain('complaint');
  });

  it('treat an unlicensed lender as having no regulator to write to', () => {
    expect(lenderClass('unlicensed_online')).toBe('unlicensed');
    expect(asksLenderKind('unlicensed_online')).toBe(false);
    for (const kind of LENDER_KINDS) expect(regulatorFor('unlicensed_online', kind)).toBe('none');
    expect(lenderClass('online_lender')).toBe('licensed');
    expect(lenderClass(undefined)).toBe('licensed');
  });

  it('fit the answers', () => {
    expect(
      suggestedLetters({ ...base, conduct: ['reminders_only'], collector: 'creditor' }),
    ).toEqual(['negotiation']);
    expect(suggestedLetters(base)).toEqual(['phone_script', 'complaint', 'negotiation']);
    expect(suggestedLetters({ ...base, debt_recognised: 'not_mine' })).not.toContain('negotiation');
    expect(
      suggestedLetters({
        ...base,
        conduct: ['reminders_only'],
        agreement: 'written',
        keeping_agreement: 'yes',
        collection_after_agreement: 'continuing_pressure',
        can_repay: undefined,
      }),
    ).toEqual(['phone_script', 'complaint', 'confirm_agreement']);
  });
});
