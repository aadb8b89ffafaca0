import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEUTRAL_PAGE, leaveNow, readClearOnExit, writeClearOnExit } from '../../app/quick-exit';
import type { SafeStorage } from '../../boundaries/storage';

export interface QuickExitProps {
  readonly storage: SafeStorage;
  /** What "clear my answers" does. */
  readonly onClear: () => void;
}

/** Always on screen: one tap leaves for a neutral page; a checkbox makes it clear answers too. */
export function QuickExit({ storage, onClear }: QuickExitProps) {
  const { t } = useTranslation();
  const [clearAnswers, setClearAnswers] = useState(() => readClearOnExit(storage));
  return (
    <div className="quick-exit">
      <label className="quick-exit-clear">
        <input
          type="checkbox"
          checked={clearAnswers}
          onChange={(event) => {
            setClearAnswers(event.target.checked);
            writeClearOnExit(storage, event.target.checked);
          }}
        />
        {t(($) => $.exit.clear_on_exit)}
      </label>
      {/* A link, so it leaves even before the JavaScript has arrived (then Back would return). */}
      <a
        className="button button-exit"
        href={NEUTRAL_PAGE}
        onClick={(event) => {
          event.preventDefault();
          leaveNow({ clear: clearAnswers ? onClear : null, document, location: window.location });
        }}
      >
        {t(($) => $.exit.leave)}
      </a>
    </div>
  );
}
