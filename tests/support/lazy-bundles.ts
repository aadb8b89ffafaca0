// Loads the letters', the evidence log's, the court and money screens' and the legal facts' strings before a component test renders. In jsdom,
// React does not retry a screen whose strings arrive outside act(); in a browser it does.
import {
  loadCourtStrings,
  loadEvidenceStrings,
  loadFactsStrings,
  loadLettersStrings,
  loadMoneyStrings,
} from '../../src/i18n/lazy-bundles';
import { LANGUAGES } from '../../src/i18n/languages';

export async function preloadLazyBundles(): Promise<void> {
  await Promise.all(
    LANGUAGES.flatMap((language) => [
      loadLettersStrings(language),
      loadEvidenceStrings(language),
      loadFactsStrings(language),
      loadCourtStrings(language),
      loadMoneyStrings(language),
    ]),
  );
}
