import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LOADERS, type Language } from './languages';

/**
 * Starts i18next with only the chosen language. A key missing from that language (the locale
 * tests prevent it) falls back to the default language, fetched on first need: never a raw key.
 */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  const bundle = await LOADERS[language]();
  let fallbackRequested = language === DEFAULT_LANGUAGE;
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: { [language]: { translation: bundle.default } },
    interpolation: { escapeValue: false }, // React escapes; no string is ever rendered as HTML
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => {
      console.error(`i18n: missing key "${key}" in ${instance.language}`);
      if (fallbackRequested) return;
      fallbackRequested = true;
      void LOADERS[DEFAULT_LANGUAGE]().then((fallback) => {
        instance.addResourceBundle(DEFAULT_LANGUAGE, 'translation', fallback.default);
        void instance.changeLanguage(instance.language);
      });
    },
    parseMissingKeyHandler: () => '',
  });
  return instance;
}

const latestChoice = new WeakMap<i18n, Language>();

/**
 * Switches language, loading its strings first (each language is its own chunk). Arrow keys on
 * the menu choose several languages in quick succession: the last choice wins, even when an
 * earlier one's strings arrive later. Returns false when a later choice superseded this one.
 */
export async function switchLanguage(instance: i18n, language: Language): Promise<boolean> {
  latestChoice.set(instance, language);
  if (!instance.hasResourceBundle(language, 'translation')) {
    const bundle = await LOADERS[language]();
    instance.addResourceBundle(language, 'translation', bundle.default);
  }
  if (latestChoice.get(instance) !== language) return false;
  await instance.changeLanguage(language);
  return latestChoice.get(instance) === language;
}
