import { createContext, useContext } from 'react';
import type { Language } from '../../i18n/languages';

/** How the UI asks the app to change language (the app owns storage and <html lang>). */
export const LanguageChangeContext = createContext<(language: Language) => void>(() => undefined);

export function useLanguageChange() {
  return useContext(LanguageChangeContext);
}
