import type { i18n } from 'i18next';
import type { SafeStorage } from '../boundaries/storage';
import { switchLanguage } from '../i18n/init';
import { DEFAULT_LANGUAGE, parseLanguage, type Language } from '../i18n/languages';

export const LANGUAGE_KEY = 'dcg.lang';

/**
 * The language to start in: ?lang= in the address, then the remembered choice, then 简体中文.
 * `rejected` is true when the address named a language we do not have.
 */
export function pickLanguage(
  search: string,
  storage: SafeStorage,
): { language: Language; rejected: boolean } {
  const requested = new URLSearchParams(search).get('lang');
  const fromUrl = parseLanguage(requested);
  if (fromUrl) return { language: fromUrl, rejected: false };
  const remembered = parseLanguage(storage.read(LANGUAGE_KEY));
  return { language: remembered ?? DEFAULT_LANGUAGE, rejected: requested !== null };
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}

export async function changeLanguage(instance: i18n, storage: SafeStorage, language: Language) {
  if (!(await switchLanguage(instance, language))) return;
  storage.write(LANGUAGE_KEY, language);
  applyDocumentLanguage(language);
}
