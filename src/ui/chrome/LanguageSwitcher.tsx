import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, parseLanguage, type Language } from '../../i18n/languages';
import { EARLY_LANGUAGE_ATTRIBUTE } from '../prerender-markers';
import { useLanguageChange } from './language-change';

// A choice made on the pre-rendered menu, before the app has loaded, is kept (app/early-tap.ts).
const EARLY_LANGUAGE = { [EARLY_LANGUAGE_ATTRIBUTE]: '' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const change = useLanguageChange();
  const current = (parseLanguage(i18n.language) ?? 'zh-CN') satisfies Language;
  // The choice shows at once, while its strings load: otherwise the menu snaps back and a second
  // arrow key starts again from the old language.
  const [pending, setPending] = useState<{ from: Language; to: Language } | null>(null);
  const shown = pending?.from === current ? pending.to : current;
  return (
    <label className="language">
      <span className="visually-hidden">{t(($) => $.nav.language)}</span>
      <select
        {...EARLY_LANGUAGE}
        value={shown}
        onChange={(e) => {
          const next = parseLanguage(e.target.value);
          if (!next) return;
          setPending({ from: current, to: next });
          change(next);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(($) => $.language[language])}
          </option>
        ))}
      </select>
    </label>
  );
}
