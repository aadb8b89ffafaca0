// Strings for the screens that load only when opened (the letters, the evidence log, the court
// papers), and the legal facts, which only the result shows. They are kept out of each language's
// main bundle, which has a size budget, and fetched with the screen.
// Typed from zh-CN: a language missing a key fails the type-check here.
import type courtZhCN from '../../locales/zh-CN/court.json';
import type evidenceZhCN from '../../locales/zh-CN/evidence.json';
import type factsZhCN from '../../locales/zh-CN/facts.json';
import type lettersZhCN from '../../locales/zh-CN/letters.json';
import type moneyZhCN from '../../locales/zh-CN/money.json';
import type { Language } from './languages';

export type LettersStrings = typeof lettersZhCN;
export type LetterText = LettersStrings['letter'];
export type EvidenceStrings = typeof evidenceZhCN;
export type FactsStrings = typeof factsZhCN;
export type CourtStrings = typeof courtZhCN;
export type MoneyStrings = typeof moneyZhCN;

type Loaders<T> = Record<Language, () => Promise<{ default: T }>>;

const LETTERS: Loaders<LettersStrings> = {
  'zh-CN': () => import('../../locales/zh-CN/letters.json'),
  'zh-Hant': () => import('../../locales/zh-Hant/letters.json'),
  en: () => import('../../locales/en/letters.json'),
};

const EVIDENCE: Loaders<EvidenceStrings> = {
  'zh-CN': () => import('../../locales/zh-CN/evidence.json'),
  'zh-Hant': () => import('../../locales/zh-Hant/evidence.json'),
  en: () => import('../../locales/en/evidence.json'),
};

const FACTS: Loaders<FactsStrings> = {
  'zh-CN': () => import('../../locales/zh-CN/facts.json'),
  'zh-Hant': () => import('../../locales/zh-Hant/facts.json'),
  en: () => import('../../locales/en/facts.json'),
};

const COURT: Loaders<CourtStrings> = {
  'zh-CN': () => import('../../locales/zh-CN/court.json'),
  'zh-Hant': () => import('../../locales/zh-Hant/court.json'),
  en: () => import('../../locales/en/court.json'),
};

const MONEY: Loaders<MoneyStrings> = {
  'zh-CN': () => import('../../locales/zh-CN/money.json'),
  'zh-Hant': () => import('../../locales/zh-Hant/money.json'),
  en: () => import('../../locales/en/money.json'),
};

/** React's `use` reads a settled promise at once when it carries these fields. */
type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

/**
 * One promise per language, kept for React's `use`, and marked once loaded so that a screen
 * opened again renders at once instead of suspending. Forgotten on failure, to be retried.
 */
function cached<T>(loaders: Loaders<T>): (language: Language) => Promise<T> {
  const promises = new Map<Language, TrackedPromise<T>>();
  return (language) => {
    let promise = promises.get(language);
    if (promise === undefined) {
      const loading: TrackedPromise<T> = loaders[language]().then((module) => module.default);
      loading.then(
        (value) => Object.assign(loading, { status: 'fulfilled', value }),
        () => promises.delete(language),
      );
      promises.set(language, loading);
      promise = loading;
    }
    return promise;
  };
}

export const loadLettersStrings = cached(LETTERS);
export const loadEvidenceStrings = cached(EVIDENCE);
export const loadFactsStrings = cached(FACTS);
export const loadCourtStrings = cached(COURT);
export const loadMoneyStrings = cached(MONEY);
