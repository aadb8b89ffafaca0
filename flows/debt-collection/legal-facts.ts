// Source: shared/spec/legal-facts.md (version 2). Words live in locales (fact.<key>): a plain name,
// what the rule says and, where there is one, the official citation. This file holds the data the
// code and the tests need. The research trail (secondary web pages) stays in the spec, never here.

/** The date the facts file was last checked (version 2). Shown beside every legal basis. */
export const FACTS_CHECKED_ON = '2026-12-01';

/** V: read in a source. L: secondary sources agree, or one part rests on one source. */
export type Confidence = 'V' | 'L' | 'V/L';

/** Where a person can read the official text (words: official_text.<place>). */
export type OfficialTextPlace = 'flk' | 'nfra' | 'pbc' | 'issuer' | 'lpr';

/** The official web addresses legal-facts.md names: the only ones the guide may show. */
export const OFFICIAL_SITES: readonly string[] = [
  'flk.npc.gov.cn',
  'zxgk.court.gov.cn',
  '12321.cn',
  'jubao.nifa.org.cn',
];

/** Links for the places that have one (laws and judicial interpretations: 国家法律法规数据库). */
export const OFFICIAL_TEXT_LINKS: Partial<Record<OfficialTextPlace, string>> = {
  flk: 'https://flk.npc.gov.cn',
};

interface FactDef {
  readonly confidence: Confidence;
  /**
   * The fact's official citation is shown (fact.<key>.citation). False for the guide's own
   * explanations, which legal-facts.md says to state without a source line.
   */
  readonly cited: boolean;
  /**
   * Article numbers the guide may show for this fact: only those legal-facts.md (version 2) marks
   * V. "293-1" is 第293条之一. Tests refuse any other article number in text that cites the fact.
   */
  readonly articles?: readonly string[];
  readonly readAt?: OfficialTextPlace;
  /** A number the facts file lists for this fact. */
  readonly phone?: string;
  /** How the number is used: dialled (the default) or sent a text message. */
  readonly channel?: 'call' | 'sms';
  /** The hotline's official website, where the facts file names one. */
  readonly site?: string;
}

export const LEGAL_FACTS = {
  collection_is_lawful: { confidence: 'V', cited: false },
  criminal_293_1: { confidence: 'V', cited: true, articles: ['293-1'], readAt: 'flk' },
  criminal_238: { confidence: 'V', cited: true, articles: ['238'], readAt: 'flk' },
  soft_violence_2019: { confidence: 'V', cited: true, readAt: 'issuer' },
  public_order_law: { confidence: 'V', cited: true, articles: ['50'], readAt: 'flk' },
  civil_privacy: {
    confidence: 'V',
    cited: true,
    articles: ['1032', '1033', '1034'],
    readAt: 'flk',
  },
  civil_injunction_997: { confidence: 'V', cited: true, articles: ['997'], readAt: 'flk' },
  pipl: { confidence: 'V', cited: true, articles: ['10'], readAt: 'flk' },
  nfra_consumer_rules: { confidence: 'V/L', cited: true, readAt: 'nfra' },
  card_rules_68: { confidence: 'V', cited: true, articles: ['68'], readAt: 'nfra' },
  card_guarantor_only: { confidence: 'V', cited: true, articles: ['68'], readAt: 'nfra' },
  card_instalment_70: { confidence: 'V', cited: true, articles: ['70'], readAt: 'nfra' },
  complaint_15_days: { confidence: 'V', cited: true, readAt: 'nfra' },
  industry_third_parties: { confidence: 'V', cited: true },
  industry_hours_frequency: { confidence: 'V/L', cited: true },
  industry_prohibited: { confidence: 'V', cited: true },
  no_collection_licence: { confidence: 'V/L', cited: false },
  official_channel_only: { confidence: 'L', cited: true },
  private_lending_cap: {
    confidence: 'V/L',
    cited: true,
    articles: ['25', '670', '680'],
    readAt: 'flk',
  },
  licensed_rate_lines: { confidence: 'L', cited: false },
  rate_disclosure: { confidence: 'V/L', cited: true, readAt: 'pbc' },
  lpr_history: { confidence: 'V/L', cited: true, readAt: 'lpr' },
  illegal_lending_2019: { confidence: 'V/L', cited: true, readAt: 'issuer' },
  unlicensed_lender_void: { confidence: 'V/L', cited: true, articles: ['13'], readAt: 'flk' },
  spouse_debt_1064: {
    confidence: 'V',
    cited: true,
    articles: ['1064', '552', '681', '1161'],
    readAt: 'flk',
  },
  assignment_546: { confidence: 'V', cited: true, articles: ['546'], readAt: 'flk' },
  hotline_110: { confidence: 'V', cited: true, phone: '110' },
  hotline_120: { confidence: 'V', cited: true, phone: '120' },
  hotline_12378: { confidence: 'V/L', cited: true, phone: '12378' },
  local_regulator: { confidence: 'L', cited: false },
  hotline_12321: {
    confidence: 'L',
    cited: true,
    phone: '12321',
    channel: 'sms',
    site: 'https://www.12321.cn',
  },
  hotline_12315: { confidence: 'V', cited: true, phone: '12315' },
  hotline_12348: { confidence: 'V', cited: true, phone: '12348' },
  hotline_12368: { confidence: 'V', cited: true, phone: '12368' },
  hotline_96110: { confidence: 'V', cited: true, phone: '96110' },
  hotline_12356: { confidence: 'V', cited: true, phone: '12356' },
  credit_report: { confidence: 'V', cited: true, articles: ['16', '17'], readAt: 'flk' },
  agreement_binding: {
    confidence: 'V',
    cited: true,
    articles: ['465', '33', '205'],
    readAt: 'flk',
  },
  agreement_contents: { confidence: 'L', cited: false },
  limitation: { confidence: 'V', cited: true, articles: ['188', '192', '195'], readAt: 'flk' },
  lawsuit_timeline: {
    confidence: 'V',
    cited: true,
    articles: ['90', '95', '128', '147', '171'],
    readAt: 'flk',
  },
  small_claims: { confidence: 'V', cited: true, articles: ['165', '275'], readAt: 'flk' },
  debt_relief_scams: { confidence: 'V', cited: true },
  fake_legal_firms: { confidence: 'V', cited: true },
  refusing_judgment_313: { confidence: 'V', cited: true, articles: ['313'], readAt: 'flk' },
  court_payment_account: { confidence: 'V', cited: true },
  dishonest_list: { confidence: 'V/L', cited: true, readAt: 'flk' },
  card_fraud_196: { confidence: 'V', cited: true, articles: ['196'], readAt: 'flk' },
  enforcement_info: { confidence: 'L', cited: true },
} as const satisfies Record<string, FactDef>;

export type FactKey = keyof typeof LEGAL_FACTS;

export const FACT_KEYS = Object.keys(LEGAL_FACTS) as FactKey[];

function factDef(key: FactKey): FactDef {
  return LEGAL_FACTS[key];
}

/** Every phone number the facts file lists: the only numbers the guide may show. */
export const LISTED_PHONE_NUMBERS: readonly string[] = FACT_KEYS.flatMap((key) => {
  const phone = factDef(key).phone;
  return phone === undefined ? [] : [phone];
});

export function phoneOf(key: FactKey): string | undefined {
  return factDef(key).phone;
}

/** How to reach a hotline: the link to open, and its official website if the facts name one. */
export function contactOf(
  key: FactKey,
): { readonly href: string; readonly channel: 'call' | 'sms'; readonly site?: string } | null {
  const { phone, channel = 'call', site } = factDef(key);
  if (phone === undefined) return null;
  const href = `${channel === 'sms' ? 'sms' : 'tel'}:${phone}`;
  return site === undefined ? { href, channel } : { href, channel, site };
}

export function isCited(key: FactKey): boolean {
  return factDef(key).cited;
}

export function articlesOf(key: FactKey): readonly string[] {
  return factDef(key).articles ?? [];
}

export function officialTextOf(key: FactKey): OfficialTextPlace | undefined {
  return factDef(key).readAt;
}
