// The letters' policy (flows/debt-collection/letters.ts), one describe per rule, checked against
// what the spec and the code review ask for: one lender class shared with the rule table, the
// regulator legal-facts.md names for each lender, only rules that bind the lender, police conduct
// consistent with call_police, and the notes a frightened person needs before sending a letter.
import { describe, expect, it } from 'vitest';
import { recommend } from '../../flows/debt-collection/actions';
import type { Answers } from '../../flows/debt-collection/answers';
import { LEGAL_FACTS, isCited } from '../../flows/debt-collection/legal-facts';
import { lenderClass, type DebtType } from '../../flows/debt-collection/lender';
import {
  BASIS_GROUPS,
  DANGER_CONDUCT,
  LENDER_KINDS,
  LETTER_KINDS,
  POLICE_CONDUCT,
  asksLenderKind,
  basisFor,
  letterNotes,
  regulatorFor,
  suggestedLetters,
} from '../../flows/debt-collection/letters';
import { QUESTIONS, type ConductOption } from '../../flows/debt-collection/questions';
import en from '../../locales/en/letters.json';
import zhCN from '../../locales/zh-CN/letters.json';
import zhHant from '../../locales/zh-Hant/letters.json';
import { CARD_INSTALMENTS, WRITTEN_KEPT } from '../support/fixtures';

const DEBT_TYPES: readonly DebtType[] = QUESTIONS.debt_type.options;
const CONDUCT: readonly ConductOption[] = QUESTIONS.conduct.options;
const facts = (debtType: DebtType, conduct: readonly ConductOption[]) =>
  basisFor(conduct, lenderClass(debtType)).flatMap((section) => section.facts);

describe('lenderClass: one class per debt type, shared with the rule table', () => {
  it('classes each debt type as the spec describes the lender', () => {
    expect(lenderClass('bank_credit_card')).toBe('bank_card');
    expect(lenderClass('bank_loan')).toBe('bank');
    expect(lenderClass('online_lender')).toBe('licensed');
    expect(lenderClass('unknown')).toBe('licensed');
    expect(lenderClass('private_lender')).toBe('private');
    expect(lenderClass('unlicensed_online')).toBe('unlicensed');
  });

  it('gives complain_to_regulator its bank detail exactly where the letters see a bank', () => {
    for (const debtType of DEBT_TYPES) {
      const answers: Answers = { ...CARD_INSTALMENTS, debt_type: debtType, conduct: ['insults'] };
      const action = recommend(answers).find((a) => a.id === 'complain_to_regulator');
      const regulator = regulatorFor(debtType, 'unsure');
      // The action list and the complaint letter agree on whether there is a regulator at all.
      expect(action !== undefined, debtType).toBe(regulator !== 'none');
      if (action !== undefined) {
        expect(action.details.includes('bank'), debtType).toBe(regulator === 'nfra');
      }
    }
  });
});

describe('regulatorFor: the regulator legal-facts.md names for the lender', () => {
  it('sends bank complaints to the NFRA whatever the person says the company is', () => {
    for (const kind of LENDER_KINDS) {
      expect(regulatorFor('bank_credit_card', kind)).toBe('nfra');
      expect(regulatorFor('bank_loan', kind)).toBe('nfra');
    }
  });

  it('lets the person say which company lent, for online and unknown lenders only', () => {
    for (const debtType of ['online_lender', 'unknown'] as const) {
      expect(asksLenderKind(debtType)).toBe(true);
      expect(regulatorFor(debtType, 'consumer_finance')).toBe('nfra');
      expect(regulatorFor(debtType, 'micro_loan')).toBe('local');
      expect(regulatorFor(debtType, 'unsure')).toBe('either');
    }
    for (const debtType of ['bank_credit_card', 'bank_loan', 'private_lender'] as const) {
      expect(asksLenderKind(debtType)).toBe(false);
    }
  });

  it('names no financial regulator for private or unlicensed lending', () => {
    for (const kind of LENDER_KINDS) {
      expect(regulatorFor('private_lender', kind)).toBe('none');
      expect(regulatorFor('unlicensed_online', kind)).toBe('none');
    }
  });
});

describe('basisFor: only listed, cited facts that bind this lender', () => {
  it('cites only facts the facts file lists with an official citation', () => {
    for (const fact of Object.values(BASIS_GROUPS).flat()) {
      expect(Object.keys(LEGAL_FACTS)).toContain(fact);
      expect(isCited(fact), fact).toBe(true);
    }
  });

  it('keys the letter text by those facts, in every language', () => {
    const expected = Object.values(BASIS_GROUPS).flat().sort();
    for (const strings of [zhCN, zhHant, en]) {
      expect(Object.keys(strings.letter.basis).sort()).toEqual(expected);
    }
  });

  it('cites nothing for ordinary reminders', () => {
    for (const debtType of DEBT_TYPES) expect(facts(debtType, ['reminders_only'])).toEqual([]);
  });

  it('cites only laws to a private or unlicensed lender', () => {
    for (const debtType of ['private_lender', 'unlicensed_online'] as const) {
      const sections = basisFor(CONDUCT, lenderClass(debtType));
      expect(sections.map((s) => s.group)).toEqual(['law']);
    }
  });

  it('cites the banking rules to banks only, and the card rules to card issuers only', () => {
    for (const debtType of DEBT_TYPES) {
      const cited = facts(debtType, CONDUCT);
      expect(cited.includes('nfra_consumer_rules'), debtType).toBe(
        debtType === 'bank_credit_card' || debtType === 'bank_loan',
      );
      expect(cited.includes('card_rules_68'), debtType).toBe(debtType === 'bank_credit_card');
    }
  });

  it('cites the detention article for detention, the hours rule for night calls', () => {
    expect(facts('online_lender', ['violence_or_confinement'])).toContain('criminal_238');
    expect(facts('online_lender', ['threats'])).not.toContain('criminal_238');
    expect(facts('online_lender', ['odd_hours'])).toContain('industry_hours_frequency');
    expect(facts('online_lender', ['pay_personal_account'])).toEqual(['official_channel_only']);
  });

  it('orders laws before regulators’ rules before industry rules', () => {
    const groups = basisFor(CONDUCT, lenderClass('bank_credit_card')).map((s) => s.group);
    expect(groups).toEqual(['law', 'regulation', 'industry']);
  });
});

describe('POLICE_CONDUCT: conduct the complaint tells the person to report to the police', () => {
  it('covers every conduct for which the action list says call the police', () => {
    for (const option of CONDUCT) {
      const answers: Answers = { ...CARD_INSTALMENTS, conduct: [option] };
      const callPolice = recommend(answers).some((a) => a.id === 'call_police');
      if (callPolice) expect(POLICE_CONDUCT, option).toContain(option);
    }
  });

  it('includes the conduct after which a private lender is reported rather than written to', () => {
    for (const option of DANGER_CONDUCT) expect(POLICE_CONDUCT).toContain(option);
  });

  it('leaves out conduct that breaks only industry rules', () => {
    for (const option of ['reminders_only', 'odd_hours', 'pay_personal_account'] as const) {
      expect(POLICE_CONDUCT).not.toContain(option);
    }
  });
});

describe('suggestedLetters: which letters fit the answers', () => {
  it('suggests only letters that exist, each once', () => {
    const suggested = suggestedLetters(WRITTEN_KEPT);
    for (const kind of suggested) expect(LETTER_KINDS).toContain(kind);
    expect(new Set(suggested).size).toBe(suggested.length);
  });

  it('suggests a negotiation letter to someone who can pay in instalments', () => {
    expect(suggestedLetters(CARD_INSTALMENTS)).toContain('negotiation');
  });

  it('never suggests a negotiation letter for a debt the person says is not theirs', () => {
    const notMine: Answers = { ...CARD_INSTALMENTS, debt_recognised: 'not_mine' };
    expect(suggestedLetters(notMine)).not.toContain('negotiation');
  });

  it('suggests no complaint for ordinary reminders, one for unlawful conduct', () => {
    expect(suggestedLetters(CARD_INSTALMENTS)).not.toContain('complaint');
    const insulted: Answers = { ...CARD_INSTALMENTS, conduct: ['insults'] };
    expect(suggestedLetters(insulted)).toContain('complaint');
  });

  it('suggests confirming the agreement when pressure goes on after it', () => {
    expect(suggestedLetters(WRITTEN_KEPT)).toContain('confirm_agreement');
    expect(suggestedLetters(WRITTEN_KEPT)).toContain('complaint');
  });

  it('suggests no complaint to a threatening private lender or to an unlicensed lender', () => {
    const threatened: Answers = {
      ...CARD_INSTALMENTS,
      debt_type: 'private_lender',
      conduct: ['threats'],
    };
    expect(suggestedLetters(threatened)).not.toContain('complaint');
    const unlicensed: Answers = { ...threatened, debt_type: 'unlicensed_online' };
    expect(suggestedLetters(unlicensed)).not.toContain('complaint');
  });

  it('suggests the phone script when the caller is not verified as the lender', () => {
    expect(suggestedLetters({ ...CARD_INSTALMENTS, collector: 'unknown' })).toContain(
      'phone_script',
    );
    expect(suggestedLetters({ ...CARD_INSTALMENTS, collector: 'creditor' })).not.toContain(
      'phone_script',
    );
  });
});

describe('letterNotes: what to know before sending a letter', () => {
  it('warns on every letter when the person says the debt is not theirs', () => {
    const notMine: Answers = { ...CARD_INSTALMENTS, debt_recognised: 'not_mine' };
    for (const kind of LETTER_KINDS) expect(letterNotes(kind, notMine)).toContain('not_mine');
    for (const kind of LETTER_KINDS) {
      expect(letterNotes(kind, CARD_INSTALMENTS)).not.toContain('not_mine');
    }
  });

  it('gives the limitation note with a negotiation letter, unless the debt is denied', () => {
    expect(letterNotes('negotiation', CARD_INSTALMENTS)).toContain('limitation');
    const notMine: Answers = { ...CARD_INSTALMENTS, debt_recognised: 'not_mine' };
    expect(letterNotes('negotiation', notMine)).not.toContain('limitation');
  });

  it('points to renegotiating when the agreement was missed or cannot be kept', () => {
    for (const keeping of ['missed', 'cannot'] as const) {
      const answers: Answers = { ...WRITTEN_KEPT, keeping_agreement: keeping };
      expect(letterNotes('confirm_agreement', answers)).toContain('missed');
    }
    expect(letterNotes('confirm_agreement', WRITTEN_KEPT)).not.toContain('missed');
  });

  it('tells the complaint where it goes: the regulator for the lender and company kind', () => {
    const insulted: Answers = { ...CARD_INSTALMENTS, conduct: ['insults'] };
    expect(letterNotes('complaint', insulted)).toContain('regulator_nfra');
    const online: Answers = { ...insulted, debt_type: 'online_lender' };
    expect(letterNotes('complaint', online, 'micro_loan')).toContain('regulator_local');
    expect(letterNotes('complaint', online)).toContain('regulator_either');
    const privateLender: Answers = { ...insulted, debt_type: 'private_lender' };
    expect(letterNotes('complaint', privateLender)).toContain('regulator_none');
  });

  it('sends the person to the police first after a private lender’s threats', () => {
    const threatened: Answers = {
      ...CARD_INSTALMENTS,
      debt_type: 'private_lender',
      conduct: ['threats'],
    };
    expect(letterNotes('complaint', threatened)).toContain('police_first');
    expect(letterNotes('complaint', threatened)).not.toContain('regulator_none');
  });

  it('warns that a complaint to an unlicensed lender protects nobody', () => {
    const unlicensed: Answers = { ...CARD_INSTALMENTS, debt_type: 'unlicensed_online' };
    expect(letterNotes('complaint', unlicensed)).toContain('unlicensed');
  });

  it('asks for the conduct to be written in when only reminders were chosen', () => {
    expect(letterNotes('complaint', CARD_INSTALMENTS)).toContain('reminders_only');
    const insulted: Answers = { ...CARD_INSTALMENTS, conduct: ['insults', 'reminders_only'] };
    expect(letterNotes('complaint', insulted)).not.toContain('reminders_only');
  });

  it('adds no complaint notes to the other letters', () => {
    for (const kind of ['negotiation', 'confirm_agreement', 'phone_script'] as const) {
      const notes = letterNotes(kind, { ...CARD_INSTALMENTS, debt_type: 'unlicensed_online' });
      expect(notes.filter((n) => n.startsWith('regulator_') || n === 'unlicensed')).toEqual([]);
    }
  });
});
