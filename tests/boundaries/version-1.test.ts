// Version 2 of the decision model only appended an option (debt_type unlicensed_online), so what
// version 1 saved or shared still opens and means the same. The links below were made by the
// version-1 guide (commit a4822dc), not by the code under test.
import type { Answers } from '../../flows/debt-collection/answers';
import { QUESTIONS, QUESTION_IDS } from '../../flows/debt-collection/questions';
import { planFor } from '../../flows/debt-collection/plan';
import { loadSession } from '../../src/boundaries/session-load';
import { SESSION_KEY } from '../../src/boundaries/session-store';
import type { SafeStorage } from '../../src/boundaries/storage';
import { decodeAnswers, encodeAnswers } from '../../src/boundaries/share-link';

/** Version 1's catalogue: every option at its position. */
const VERSION_1_OPTIONS: Record<string, readonly string[]> = {
  debt_type: ['bank_credit_card', 'bank_loan', 'online_lender', 'private_lender', 'unknown'],
  debt_recognised: ['yes', 'amount_disputed', 'not_mine', 'unsure'],
  collector: ['creditor', 'agency', 'law_firm', 'claims_authority', 'unknown'],
  conduct: [
    'reminders_only',
    'odd_hours',
    'high_frequency',
    'third_party_contact',
    'insults',
    'threats',
    'violence_or_confinement',
    'disclosure',
    'impersonation',
    'fake_legal_docs',
    'intimidating_visits',
    'pay_personal_account',
    'unexplained_fees',
  ],
  agreement: ['none', 'verbal', 'written', 'court_confirmed'],
  keeping_agreement: ['yes', 'missed', 'cannot'],
  collection_after_agreement: ['no', 'reminders_only', 'continuing_pressure'],
  can_repay: ['full', 'instalments', 'not_now'],
  rate_concern: ['yes', 'no', 'unknown'],
  legal_action: ['none', 'threatened', 'summons', 'judgment'],
  wellbeing: ['coping', 'struggling', 'crisis'],
};

interface SentByVersion1 {
  readonly link: string;
  readonly answers: Answers;
  /** The path version 1 took for these answers. */
  readonly path: readonly string[];
}

const SENT: Record<string, SentByVersion1> = {
  card: {
    link: '1.1120011002011.kj',
    answers: {
      debt_type: 'bank_credit_card',
      debt_recognised: 'yes',
      collector: 'agency',
      conduct: ['reminders_only'],
      agreement: 'none',
      can_repay: 'instalments',
      legal_action: 'none',
      wellbeing: 'coping',
    },
    path: [
      'debt_type',
      'debt_recognised',
      'collector',
      'conduct',
      'agreement',
      'can_repay',
      'legal_action',
      'wellbeing',
    ],
  },
  bank: {
    link: '1.22100y3130032.mu',
    answers: {
      debt_type: 'bank_loan',
      debt_recognised: 'amount_disputed',
      collector: 'creditor',
      conduct: ['odd_hours', 'threats'],
      agreement: 'written',
      keeping_agreement: 'yes',
      collection_after_agreement: 'continuing_pressure',
      legal_action: 'summons',
      wellbeing: 'struggling',
    },
    path: [
      'debt_type',
      'debt_recognised',
      'collector',
      'conduct',
      'agreement',
      'keeping_agreement',
      'collection_after_agreement',
      'legal_action',
      'wellbeing',
    ],
  },
  online: {
    link: '1.3430082213121.e3',
    answers: {
      debt_type: 'online_lender',
      debt_recognised: 'unsure',
      collector: 'law_firm',
      conduct: ['third_party_contact'],
      agreement: 'verbal',
      keeping_agreement: 'missed',
      collection_after_agreement: 'no',
      can_repay: 'not_now',
      rate_concern: 'yes',
      legal_action: 'threatened',
      wellbeing: 'coping',
    },
    path: [
      'debt_type',
      'debt_recognised',
      'collector',
      'conduct',
      'agreement',
      'keeping_agreement',
      'collection_after_agreement',
      'can_repay',
      'rate_concern',
      'legal_action',
      'wellbeing',
    ],
  },
  private: {
    link: '1.41100g1001243.y0',
    answers: {
      debt_type: 'private_lender',
      debt_recognised: 'yes',
      collector: 'creditor',
      conduct: ['insults'],
      agreement: 'none',
      can_repay: 'full',
      rate_concern: 'no',
      legal_action: 'judgment',
      wellbeing: 'crisis',
    },
    path: [
      'debt_type',
      'debt_recognised',
      'collector',
      'conduct',
      'agreement',
      'can_repay',
      'rate_concern',
      'legal_action',
      'wellbeing',
    ],
  },
};

/** Version 1 asked a person who denied the debt about agreements and repayment; version 2 does not. */
const DENIED: SentByVersion1 = {
  link: '1.5350011002311.mj',
  answers: {
    debt_type: 'unknown',
    debt_recognised: 'not_mine',
    collector: 'unknown',
    conduct: ['reminders_only'],
    agreement: 'none',
    can_repay: 'instalments',
    rate_concern: 'unknown',
    legal_action: 'none',
    wellbeing: 'coping',
  },
  path: [
    'debt_type',
    'debt_recognised',
    'collector',
    'conduct',
    'agreement',
    'can_repay',
    'rate_concern',
    'legal_action',
    'wellbeing',
  ],
};

function storageHolding(value: string): SafeStorage {
  return {
    read: (key) => (key === SESSION_KEY ? value : null),
    write: () => true,
    remove: () => undefined,
    available: true,
  };
}

describe('what version 1 saved or shared', () => {
  it('keeps every version-1 option at its position: version 2 only appended', () => {
    for (const question of QUESTION_IDS) {
      const options: readonly string[] = QUESTIONS[question].options;
      const before = VERSION_1_OPTIONS[question] ?? [];
      expect(options.slice(0, before.length), question).toEqual(before);
    }
    expect(QUESTIONS.debt_type.options.slice(5)).toEqual(['unlicensed_online']);
  });

  it.each(Object.entries(SENT))('opens the %s link with the same answers and path', (_, sent) => {
    expect(decodeAnswers(sent.link)).toEqual({ kind: 'ok', answers: sent.answers });
    const plan = planFor(sent.answers);
    expect(plan.complete && plan.path).toEqual(sent.path);
  });

  it.each(Object.entries(SENT))('opens the %s saved session with the same plan', (_, sent) => {
    const loaded = loadSession(storageHolding(JSON.stringify({ v: 1, answers: sent.answers })));
    expect(loaded).toEqual({ kind: 'ok', answers: sent.answers });
    const plan = planFor(sent.answers);
    expect(plan.complete && plan.path).toEqual(sent.path);
  });

  it('opens a denied-debt link, dropping only the agreement and repayment answers', () => {
    const { agreement, can_repay, ...kept } = DENIED.answers;
    expect([agreement, can_repay]).toEqual(['none', 'instalments']);
    expect(decodeAnswers(DENIED.link)).toEqual({ kind: 'ok', answers: kept });
    const plan = planFor(DENIED.answers);
    expect(plan.complete && plan.path).toEqual(
      DENIED.path.filter((q) => q !== 'agreement' && q !== 'can_repay'),
    );
    const actions = plan.complete ? plan.actions.map((a) => a.id) : [];
    expect(actions).toContain('dispute_unrecognised_debt');
    expect(actions).not.toContain('negotiate_with_creditor');
  });

  it('opens a denied-debt saved session, and the plan asks nothing about repaying', () => {
    const loaded = loadSession(storageHolding(JSON.stringify({ v: 1, answers: DENIED.answers })));
    expect(loaded).toEqual({ kind: 'ok', answers: DENIED.answers });
  });

  it('still refuses a denied-debt link that version 1 could not have made either', () => {
    // keeping_agreement is asked only after an agreement: no version of the guide sets it here.
    const neverMade = encodeAnswers({ ...DENIED.answers, keeping_agreement: 'yes' });
    expect(decodeAnswers(neverMade)).toEqual({ kind: 'invalid', problem: 'invalid_answers' });
  });
});
