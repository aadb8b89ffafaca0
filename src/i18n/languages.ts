import type zhCN from '../../locales/zh-CN/index.ts';
// Read from the file, not from lazy-bundles.ts, which imports this one.
import type factsZhCN from '../../locales/zh-CN/facts.json';

export const LANGUAGES = ['zh-CN', 'zh-Hant', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Only the chosen language is downloaded: each is its own chunk. */
export const LOADERS: Record<Language, () => Promise<{ default: MainStrings }>> = {
  'zh-CN': () => import('../../locales/zh-CN/index.ts'),
  'zh-Hant': () => import('../../locales/zh-Hant/index.ts'),
  en: () => import('../../locales/en/index.ts'),
};

/** One language's main bundle: every string but the legal facts. */
export type MainStrings = typeof zhCN;

/**
 * The default language's strings are the type of every language's strings: the main bundle, and
 * the legal facts the result screen adds (src/i18n/use-fact-strings.ts).
 */
export type Resources = MainStrings & typeof factsZhCN;

/**
 * Reads a language code from untrusted input (URL, storage); null when it is not one of ours.
 * A lookup in a list of three, without zod: this runs before the first screen, and any zod import
 * there would bring all of zod into the first screen's bundle (about 7 kB gzip).
 */
export function parseLanguage(value: unknown): Language | null {
  return LANGUAGES.find((language) => language === value) ?? null;
}
