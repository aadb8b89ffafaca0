// The language a letter is written in. Letters go to institutions in mainland China, so they are
// in Simplified Chinese; a reader of Traditional Chinese may choose to keep theirs in Traditional.
import type { Language } from '../i18n/languages';

export type LetterScript = Extract<Language, 'zh-CN' | 'zh-Hant'>;

/** Whether the screen offers the choice between Simplified and Traditional. */
export const offersScriptChoice = (screen: Language): boolean => screen === 'zh-Hant';

export function letterLanguageFor(screen: Language, script: LetterScript): LetterScript {
  return offersScriptChoice(screen) ? script : 'zh-CN';
}
