// Takes the page over: reads the address (language, share link), the saved session and what was
// done on the pre-rendered start screen before the app loaded, then hydrates or renders the first
// screen. src/main.tsx calls it on the real page; tests call it on a pre-rendered one.
import { StrictMode } from 'react';
import { safeStorage, type SafeStorage } from '../boundaries/storage';
import { createI18n } from '../i18n/init';
import { parseLanguage } from '../i18n/languages';
import { App } from './App';
import { takeEarlyBegin, takeEarlyLanguage } from './early-tap';
import { applyDocumentLanguage, changeLanguage, pickLanguage } from './language';
import { firstScreenKey, mount, opensOnFirstQuestion } from './mount';
import { laterHistory } from './history-entries';
import { leaveNow, navigationType, readClearOnExit, returnedAfterLeaving } from './quick-exit';
import { readStartup } from './session';

export interface Page {
  readonly root: HTMLElement;
  readonly storage: SafeStorage;
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: History;
}

export async function startApp({ root, storage, location, history }: Page): Promise<void> {
  const document = root.ownerDocument;
  const view = document.defaultView;
  if (!view) return;
  const tab = safeStorage(() => view.sessionStorage);
  // Fetched alongside the first screen, not part of it: nothing needs it before the person moves.
  const guideHistory = laterHistory(view, () =>
    import('./guide-history').then((m) => m.browserHistory),
  );
  const leave = () =>
    void leaveNow({ document, location: view.location, rewind: guideHistory.rewind, tab });
  // Back or Forward into the guide after a quick exit leaves again at once.
  if (returnedAfterLeaving(tab, navigationType(view))) return leave();
  view.addEventListener('pageshow', (event) => {
    if (event.persisted && returnedAfterLeaving(tab, 'back_forward')) leave();
  });
  // Reopening one of the guide's entries (a reload): the code that finds the place comes first.
  if (guideHistory.opened) await guideHistory.loaded;
  // Share links are rare: their decoder is fetched only when the address carries a fragment.
  const link = location.hash
    ? (await import('./share-startup')).takeShareLink(location, history)
    : ({ kind: 'none' } as const);
  const { language, rejected } = pickLanguage(location.search, storage);
  applyDocumentLanguage(language);
  const [i18n, startup] = await Promise.all([createI18n(language), readStartup(storage)]);
  const notices = [
    ...startup.notices,
    ...(rejected ? [{ kind: 'language_unknown' as const }] : []),
    ...(link.kind === 'invalid' ? [{ kind: 'link_invalid' as const }] : []),
  ];
  // A language chosen on the pre-rendered menu while the app loaded: the latest choice wins.
  const html = root.ownerDocument.documentElement;
  let early = takeEarlyLanguage(html);
  while (early !== null) {
    await changeLanguage(i18n, storage, early);
    early = takeEarlyLanguage(html);
  }
  const preload = link.kind === 'ok' ? link.answers : undefined;
  const first = {
    language: parseLanguage(i18n.language) ?? language,
    startup: { ...startup, notices },
    preloaded: preload !== undefined,
    clearOnExit: readClearOnExit(storage),
    beganEarly: takeEarlyBegin(html),
    reopenedElsewhere: (guideHistory.opened?.place.screen ?? 'start') !== 'start',
  };
  mount(
    root,
    <StrictMode>
      <App
        i18n={i18n}
        storage={storage}
        startup={{ ...startup, notices }}
        preload={preload}
        beginNow={opensOnFirstQuestion(first)}
        history={guideHistory}
        leave={leave}
      />
    </StrictMode>,
    firstScreenKey(first),
  );
}
