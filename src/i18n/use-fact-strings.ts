import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './useLanguage';
import { loadFactsStrings } from './lazy-bundles';

/**
 * Makes the legal facts (names, summaries, citations, hotline labels) readable through `t` in the
 * language on screen: fetched with the result (suspending until they arrive) and added to
 * i18next's strings once per language. Call it at the top of a screen that shows facts, before
 * any child reads them.
 */
export function useFactStrings(): void {
  const { i18n } = useTranslation();
  const language = useLanguage();
  const facts = use(loadFactsStrings(language));
  if (i18n.getResource(language, 'translation', 'official_text') === undefined) {
    i18n.addResourceBundle(language, 'translation', facts, true, false);
  }
}
