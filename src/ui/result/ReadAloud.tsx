import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n/useLanguage';

/** The BCP 47 tags a voice may carry for each language on screen, most fitting first. */
const VOICE_TAGS: Record<Language, readonly string[]> = {
  'zh-CN': ['zh-cn', 'cmn-cn', 'zh-hans'],
  'zh-Hant': ['zh-tw', 'zh-hk', 'cmn-tw', 'zh-hant', 'yue-hk'],
  en: ['en'],
};

const speech = (): SpeechSynthesis | undefined =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;

function subscribeToVoices(onChange: () => void): () => void {
  const synth = speech();
  synth?.addEventListener('voiceschanged', onChange);
  return () => synth?.removeEventListener('voiceschanged', onChange);
}

/** The browser's own voice for the language, if it has one; nothing is fetched. */
function voiceFor(language: Language): SpeechSynthesisVoice | null {
  const voices = speech()?.getVoices() ?? [];
  for (const tag of VOICE_TAGS[language]) {
    const voice = voices.find((v) => v.lang.replace('_', '-').toLowerCase().startsWith(tag));
    if (voice !== undefined) return voice;
  }
  return null;
}

/** Reads the card aloud in the language on screen; absent where the browser has no such voice. */
export function ReadAloud({ text }: { readonly text: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // A boolean snapshot: the browser may hand out new voice objects on every call.
  const hasVoice = useSyncExternalStore(
    subscribeToVoices,
    () => voiceFor(language) !== null,
    () => false,
  );
  const [speaking, setSpeaking] = useState(false);
  // Stop when the card goes (another screen, another language).
  useEffect(() => () => speech()?.cancel(), []);
  if (!hasVoice) return null;

  const toggle = () => {
    const synth = speech();
    const voice = voiceFor(language);
    if (synth === undefined || voice === null) return;
    synth.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  };
  return (
    <button type="button" className="button-link read-aloud" onClick={toggle}>
      {speaking ? t(($) => $.result.stop_reading) : t(($) => $.result.read_aloud)}
    </button>
  );
}
