// The words on screen, read from the locale files, so the tests work in every language (and
// keep working while translations change).
import enFacts from '../../../locales/en/facts.json';
import en from '../../../locales/en/index.ts';
import zhCNFacts from '../../../locales/zh-CN/facts.json';
import zhCN from '../../../locales/zh-CN/index.ts';
import zhHantFacts from '../../../locales/zh-Hant/facts.json';
import zhHant from '../../../locales/zh-Hant/index.ts';
import type { ActionId } from '../../../flows/debt-collection/actions';
import type { QuestionId } from '../../../flows/debt-collection/questions';
import { LANGUAGES, type Language, type Resources } from '../../../src/i18n/languages';

export { LANGUAGES, type Language };

// The legal facts are a bundle of their own, loaded with the result; the screen shows both.
const LOCALES: Record<Language, Resources> = {
  'zh-CN': { ...zhCN, ...zhCNFacts },
  'zh-Hant': { ...zhHant, ...zhHantFacts },
  en: { ...en, ...enFacts },
};

export function text(language: Language): Resources {
  return LOCALES[language];
}

/** Fills i18next's {{name}} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

type Texts<T> = Readonly<Record<string, T | undefined>>;

export function questionTitle(language: Language, question: QuestionId): string {
  return text(language).question[question].title;
}

export function optionLabel(language: Language, question: QuestionId, option: string): string {
  const options: Texts<{ label: string }> = text(language).question[question].option;
  const label = options[option]?.label;
  if (label === undefined) throw new Error(`no label for ${question}.${option} in ${language}`);
  return label;
}

export function actionTitle(language: Language, action: ActionId): string {
  return text(language).action[action].title;
}

/** A pattern for an accessible name that starts with `prefix` (a label followed by its hint). */
export function startsWith(prefix: string): RegExp {
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
