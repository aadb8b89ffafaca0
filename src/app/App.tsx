import type { i18n } from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Answers } from '../../flows/debt-collection/answers';
import type { SafeStorage } from '../boundaries/storage';
import { Guide } from './Guide';
import { ErrorBoundary } from '../ui/chrome/ErrorBoundary';
import { FlowContext } from './flow-context';
import type { Startup } from './session';
import { LanguageChangeContext } from '../ui/chrome/language-change';
import { changeLanguage } from './language';
import type { Language } from '../i18n/languages';

export interface AppProps {
  readonly i18n: i18n;
  readonly storage: SafeStorage;
  readonly startup: Startup;
  /** Answers to load at once (e.g. from a share link), skipping the start screen. */
  readonly preload?: Answers | undefined;
  /** "Begin" was tapped on the pre-rendered start screen: open on the first question. */
  readonly beginNow?: boolean;
}

export function App({ i18n, storage, startup, preload, beginNow = false }: AppProps) {
  // Remounting the provider gives a fresh actor after the error boundary's "start over".
  const [generation, setGeneration] = useState(0);
  const reset = useCallback(() => setGeneration((g) => g + 1), []);
  const onLanguage = useMemo(
    () => (language: Language) => void changeLanguage(i18n, storage, language),
    [i18n, storage],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageChangeContext.Provider value={onLanguage}>
        <ErrorBoundary storage={storage} onReset={reset}>
          <FlowContext.Provider key={generation}>
            <Guide
              storage={storage}
              startup={generation === 0 ? startup : { saved: null, notices: [] }}
              preload={generation === 0 ? preload : undefined}
              beginNow={generation === 0 && beginNow}
            />
          </FlowContext.Provider>
        </ErrorBoundary>
      </LanguageChangeContext.Provider>
    </I18nextProvider>
  );
}
