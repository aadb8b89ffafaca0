import type { i18n } from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Answers } from '../../flows/debt-collection/answers';
import { debtCollectionFlow } from '../../flows/debt-collection/machine';
import type { SafeStorage } from '../boundaries/storage';
import type { Language } from '../i18n/languages';
import { LanguageChangeContext } from '../ui/chrome/language-change';
import { ErrorBoundary } from './ErrorBoundary';
import { FlowContext } from './flow-context';
import { Guide } from './Guide';
import { detachedHistory, type GuideEntry, type GuideHistory } from './history-entries';
import { changeLanguage } from './language';
import { openingOf } from './opening';
import type { Startup } from './session';

export interface AppProps {
  readonly i18n: i18n;
  readonly storage: SafeStorage;
  readonly startup: Startup;
  /** Answers to load at once (e.g. from a share link), skipping the start screen. */
  readonly preload?: Answers | undefined;
  /** "Begin" was tapped on the pre-rendered start screen: open on the first question. */
  readonly beginNow?: boolean;
  /** The browser's history; without one (the build's pre-render) nothing is recorded. */
  readonly history?: GuideHistory;
  /** The quick exit's departure (src/app/quick-exit.ts). */
  readonly leave?: () => void;
}

const NOTHING_YET: Startup = { saved: null, notices: [] };
const NO_HISTORY = detachedHistory();
const STAY = () => undefined;

export function App({
  i18n,
  storage,
  startup,
  preload,
  beginNow = false,
  history = NO_HISTORY,
  leave = STAY,
}: AppProps) {
  // Remounting the guide gives a fresh flow after the error boundary's "start over".
  const [generation, setGeneration] = useState(0);
  const reset = useCallback(() => setGeneration((g) => g + 1), []);
  const onLanguage = useMemo(
    () => (language: Language) => void changeLanguage(i18n, storage, language),
    [i18n, storage],
  );
  const first = generation === 0;
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageChangeContext.Provider value={onLanguage}>
        <ErrorBoundary storage={storage} onReset={reset}>
          <OpenedGuide
            key={generation}
            storage={storage}
            startup={first ? startup : NOTHING_YET}
            preload={first ? preload : undefined}
            beginNow={first && beginNow}
            entry={first ? history.opened : null}
            history={history}
            leave={leave}
          />
        </ErrorBoundary>
      </LanguageChangeContext.Provider>
    </I18nextProvider>
  );
}

type OpenedGuideProps = Required<Omit<AppProps, 'i18n' | 'preload'>> &
  Pick<AppProps, 'preload'> & { readonly entry: GuideEntry | null };

/** The guide as it opens (opening.ts), with the flow already standing where it opens. */
function OpenedGuide({
  storage,
  startup,
  preload,
  beginNow,
  entry,
  history,
  leave,
}: OpenedGuideProps) {
  const [opening] = useState(() =>
    openingOf({ ...startup, preload, beginNow, entry }, history.stepsTo),
  );
  const [options] = useState(() => ({
    snapshot: debtCollectionFlow.getPersistedSnapshot(opening.flow),
  }));
  return (
    <FlowContext.Provider options={options}>
      <Guide
        storage={storage}
        startup={startup}
        opening={opening}
        history={history}
        leave={leave}
      />
    </FlowContext.Provider>
  );
}
