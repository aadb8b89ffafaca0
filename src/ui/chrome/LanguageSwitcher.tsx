import { useTranslation } from 'react-i18next';
import { LANGUAGES, parseLanguage, type Language } from '../../i18n/languages';
import { useLanguageChange } from './language-change';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const change = useLanguageChange();
  const current = (parseLanguage(i18n.language) ?? 'zh-CN') satisfies Language;
  return (
    <label className="language">
      <span className="visually-hidden">{t(($) => $.nav.language)}</span>
      <select
        value={current}
        onChange={(e) => {
          const next = parseLanguage(e.target.value);
          if (next) change(next);
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
