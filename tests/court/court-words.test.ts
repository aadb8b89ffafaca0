// locales/<lng>/court.json against the court flow's ids and the house rules for legal words
// (shared/spec/legal-facts.md version 2): only the seven court facts, only V article numbers, only
// official web addresses, only 12368. Key parity across languages: tests/i18n/locale-parity.test.ts.
import courtEn from '../../locales/en/court.json';
import courtZhCN from '../../locales/zh-CN/court.json';
import courtZhHant from '../../locales/zh-Hant/court.json';
import { COURT_DATE_FIELDS } from '../../flows/court/court-dates';
import { DEADLINE_KINDS, type DaysLeftPhrase } from '../../flows/court/deadlines';
import { COURT_FACTS, COURT_STAGES, STAGE_IDS } from '../../flows/court/stages';
import type { CourtStrings } from '../../src/i18n/lazy-bundles';
import { flatten, type Tree } from '../support/locales';

const WORDS: Record<string, CourtStrings> = {
  'zh-CN': courtZhCN,
  'zh-Hant': courtZhHant,
  en: courtEn,
};

const PHRASES: readonly DaysLeftPhrase[] = ['today', 'tomorrow', 'future', 'yesterday', 'past'];

/** The article numbers the seven facts' official citations show (all marked V). */
const V_ARTICLES = [90, 95, 128, 147, 171, 165, 275, 313];
const CHINESE_V_ARTICLES = [
  '第九十条',
  '第九十五条',
  '第一百二十八条',
  '第一百四十七条',
  '第一百七十一条',
  '第一百六十五条',
  '第二百七十五条',
  '第三百一十三条',
];

const sorted = (list: readonly string[]) => [...list].sort();

describe.each(Object.entries(WORDS))('court.json, %s', (language, words) => {
  const strings = flatten(words as unknown as Tree).map(([, text]) => text);
  const all = strings.join('\n');

  it('explains every stage, with lines to read', () => {
    expect(sorted(Object.keys(words.stage))).toEqual(sorted(STAGE_IDS));
    for (const stage of STAGE_IDS) {
      expect(words.stage[stage].title).not.toBe('');
      expect(words.stage[stage].lines.length).toBeGreaterThan(2);
    }
  });

  it('has the official citation of exactly the seven court facts', () => {
    expect(sorted(Object.keys(words.basis))).toEqual(sorted(COURT_FACTS));
    const cited = STAGE_IDS.flatMap((stage) => COURT_STAGES[stage].cites);
    expect(cited.filter((fact) => words.basis[fact] === '')).toEqual([]);
  });

  it('has words for every deadline kind, in the list and in the calendar', () => {
    expect(sorted(Object.keys(words.deadline.kind))).toEqual(sorted(DEADLINE_KINDS));
    expect(sorted(Object.keys(words.calendar.event))).toEqual(sorted(DEADLINE_KINDS));
    expect(sorted(Object.keys(words.deadline.days_left))).toEqual(sorted(PHRASES));
  });

  it('labels every field a person enters, and the hearing time', () => {
    expect(sorted(Object.keys(words.deadline.field))).toEqual(
      sorted([...COURT_DATE_FIELDS, 'hearing_time']),
    );
  });

  it('shows no phone number but 12368', () => {
    const numbers = [...all.matchAll(/(?<![\d〔])1\d{4}(?!\d)/g)].map((m) => m[0]);
    expect(new Set(numbers)).toEqual(new Set(['12368']));
  });

  it('shows no web address but official ones', () => {
    const hosts = [...all.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}\b/gi)].map(
      (m) => m[0],
    );
    expect(hosts.filter((host) => !/\.gov\.cn$/.test(host))).toEqual([]);
    expect(hosts.length).toBeGreaterThan(0);
  });

  it('shows only article numbers marked V', () => {
    if (language === 'en') {
      const cited = [...all.matchAll(/Articles? ((?:\d+(?:, | and )?)+)/g)].flatMap((m) =>
        (m[1] ?? '').split(/, | and /).map(Number),
      );
      expect(cited.filter((n) => !V_ARTICLES.includes(n))).toEqual([]);
      expect(cited.length).toBeGreaterThan(0);
      return;
    }
    const articles = [...all.matchAll(/第[一二三四五六七八九十百零\d]+[条條]/g)].map((m) =>
      m[0].replace('條', '条'),
    );
    expect(articles.filter((a) => !CHINESE_V_ARTICLES.includes(a))).toEqual([]);
    expect(articles.length).toBeGreaterThan(0);
  });

  it('never promises more time for a weekend or holiday', () => {
    const promise = /顺延至|順延至|extended to|moves to the next working day/i;
    expect(strings.filter((text) => promise.test(text))).toEqual([]);
  });
});

describe('court.json, zh-Hant', () => {
  it('quotes with 「」, never “”', () => {
    const texts = flatten(courtZhHant as unknown as Tree).map(([, text]) => text);
    expect(texts.filter((text) => /[“”]/.test(text))).toEqual([]);
    expect(texts.some((text) => text.includes('「'))).toBe(true);
  });
});
