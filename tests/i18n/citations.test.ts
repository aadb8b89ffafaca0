// Legal basis, version 2 (shared/spec/legal-facts.md): only the official web addresses the facts
// file names, anywhere shown (words, citations, composed letters); an article number only where the
// facts file marks it V, for a fact the text rests on; no "to be confirmed" marker; and every
// cited fact has its official citation in every language.
import { ACTION_RULES } from '../../flows/debt-collection/actions';
import {
  FACT_KEYS,
  LEGAL_FACTS,
  OFFICIAL_SITES,
  OFFICIAL_TEXT_LINKS,
  articlesOf,
  contactOf,
  isCited,
  type FactKey,
} from '../../flows/debt-collection/legal-facts';
import type { ActionRule, Cite } from '../../flows/debt-collection/rule-helpers';
import type { LetterText } from '../../src/i18n/lazy-bundles';
import { composeLetter } from '../../src/letters/compose';
import { checkLetterForm, emptyLetterForm } from '../../src/letters/letter-form';
import { LENDER_KINDS, LETTER_KINDS } from '../../flows/debt-collection/letters';
import en from '../../locales/en/letters.json';
import zhCN from '../../locales/zh-CN/letters.json';
import zhHant from '../../locales/zh-Hant/letters.json';
import { articleNumbers, chineseNumeral, isOfficialHost, webAddresses } from '../support/citations';
import { LANGUAGES, allStrings, flatten, readLocale, type Language } from '../support/locales';
import { routeCoveringSets } from '../support/route-coverage';

const rules = ACTION_RULES as readonly ActionRule[];
const factOf = (cite: Cite): FactKey => (typeof cite === 'string' ? cite : cite.fact);
const LETTERS: Record<Language, LetterText> = {
  'zh-CN': zhCN.letter,
  'zh-Hant': zhHant.letter,
  en: en.letter,
};

/** Article numbers the facts file marks V, per fact, read from the flow's data. */
const articlesFor = (facts: readonly FactKey[]) => new Set(facts.flatMap((f) => articlesOf(f)));
const ANY_FACT = articlesFor(FACT_KEYS);

/** For one locale string: the articles it may show (those of the facts it rests on). */
function allowedArticles(key: string): Set<string> {
  const action = /^actions\.json\.action\.([a-z_]+)\./.exec(key)?.[1];
  if (action !== undefined) {
    const rule = rules.find((r) => r.id === action);
    return articlesFor((rule?.cites ?? []).map(factOf));
  }
  const fact = /^facts\.json\.fact\.([a-z0-9_]+)\./.exec(key)?.[1];
  if (fact !== undefined) return articlesFor([fact as FactKey]);
  return ANY_FACT;
}

/** Every letter each route can compose, in one language, to every recipient. */
function composedLetters(language: Language): string[] {
  const { input } = checkLetterForm(emptyLetterForm('2026-12-01'));
  const letters: string[] = [];
  for (const answers of routeCoveringSets()) {
    for (const kind of LETTER_KINDS) {
      for (const recipient of ['creditor', 'regulator'] as const) {
        for (const lenderKind of LENDER_KINDS) {
          letters.push(
            composeLetter(kind, LETTERS[language], {
              answers,
              input,
              options: { recipient, lenderKind, includeEvidence: false },
              evidence: [],
              language,
            }),
          );
        }
      }
    }
  }
  return [...new Set(letters)];
}

describe('the finders', () => {
  it('find web addresses and IP addresses, and tell official hosts apart', () => {
    expect(webAddresses('见 http://taozhai.example.org/x 或 47.96.164.84；12321.cn')).toEqual([
      'taozhai.example.org',
      '12321.cn',
      '47.96.164.84',
    ]);
    expect(webAddresses('1.4万人 e.g. 3.85% GB/T 45251-2025')).toEqual([]);
    expect(isOfficialHost('www.12321.cn', OFFICIAL_SITES)).toBe(true);
    expect(isOfficialHost('12321.cn.example.com', OFFICIAL_SITES)).toBe(false);
  });

  it('find article numbers in digits, Chinese numerals and English', () => {
    expect(chineseNumeral('一千零六十四')).toBe(1064);
    expect(chineseNumeral('二百九十三')).toBe(293);
    expect(chineseNumeral('十三')).toBe(13);
    expect(
      articleNumbers('第293条之一；第一千零三十二条至第1034条；第五十条第一款第五项；第（三）项'),
    ).toEqual(['293-1', '1032', '1034', '50']);
    expect(
      articleNumbers('Article 293-1; Articles 1032, 1033 and 1034; Articles 16 to 17'),
    ).toEqual(['293-1', '1032', '1033', '1034', '16', '17']);
    expect(articleNumbers('第3期 第2次 〔2021〕第3号 12 months')).toEqual([]);
  });
});

describe('the flow’s own data', () => {
  it('links only to official sites', () => {
    const links = [
      ...Object.values(OFFICIAL_TEXT_LINKS),
      ...FACT_KEYS.flatMap((fact) => {
        const contact = contactOf(fact);
        return contact?.site === undefined ? [] : [contact.site];
      }),
    ];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const host = new URL(link).hostname;
      expect(isOfficialHost(host, OFFICIAL_SITES), link).toBe(true);
    }
  });

  it('carries no research-trail sources: no web address in any fact’s data', () => {
    const data = JSON.stringify(LEGAL_FACTS);
    expect(webAddresses(data).filter((host) => !isOfficialHost(host, OFFICIAL_SITES))).toEqual([]);
  });
});

describe.each(LANGUAGES)('%s', (language) => {
  const strings = [...allStrings(language)];

  it('shows no web address other than the official ones the facts file names', () => {
    const unofficial = strings.flatMap(([key, text]) =>
      webAddresses(text)
        .filter((host) => !isOfficialHost(host, OFFICIAL_SITES))
        .map((host) => `${key}: ${host}`),
    );
    expect(unofficial).toEqual([]);
  });

  it('composes no letter with a web address other than the official ones', () => {
    const letters = composedLetters(language);
    expect(letters.length).toBeGreaterThan(10);
    const unofficial = letters.flatMap((letter) =>
      webAddresses(letter).filter((host) => !isOfficialHost(host, OFFICIAL_SITES)),
    );
    expect(unofficial).toEqual([]);
  });

  it('shows an article number only where the facts file marks it V, for a fact the text rests on', () => {
    const unsupported = strings.flatMap(([key, text]) => {
      const allowed = allowedArticles(key);
      return articleNumbers(text)
        .filter((article) => !allowed.has(article))
        .map((article) => `${key}: ${article}`);
    });
    expect(unsupported).toEqual([]);
  });

  it('composes no letter with an article number the facts file does not mark V', () => {
    const unsupported = composedLetters(language).flatMap((letter) =>
      articleNumbers(letter).filter((article) => !ANY_FACT.has(article)),
    );
    expect(unsupported).toEqual([]);
  });

  it('never says "to be confirmed" in a step, a name or anywhere else', () => {
    const marked = strings.filter(([, text]) => /待核[实實]|to be confirmed/i.test(text));
    expect(marked.map(([key]) => key)).toEqual([]);
  });

  it('has the official citation of every cited fact, and none for the guide’s own explanations', () => {
    const fact = readLocale(language)['facts.json']?.fact as Record<string, Record<string, string>>;
    for (const key of FACT_KEYS) {
      const citation = fact[key]?.citation;
      expect(citation !== undefined && citation.trim() !== '', key).toBe(isCited(key));
    }
    // legal-facts.md, version 2: these two are stated without a source line.
    expect(isCited('no_collection_licence')).toBe(false);
    expect(isCited('licensed_rate_lines')).toBe(false);
  });

  it('names each hotline’s owner in its citation', () => {
    const fact = readLocale(language)['facts.json']?.fact as Record<string, Record<string, string>>;
    const owner = language === 'en' ? /^Run by: / : /^负责单位：|^負責單位：/;
    for (const key of FACT_KEYS.filter((k) => k.startsWith('hotline_'))) {
      expect(fact[key]?.citation, key).toMatch(owner);
    }
  });
});

describe('the locale files', () => {
  it('are all read by these checks (no file escapes them)', () => {
    const files = Object.keys(readLocale('zh-CN')).sort();
    const checked = [...new Set([...allStrings('zh-CN').keys()].map((k) => k.split('.json')[0]))];
    expect(checked.map((f) => `${f}.json`).sort()).toEqual(files);
    expect(flatten({ a: 'x' })).toEqual([['a', 'x']]);
  });
});
