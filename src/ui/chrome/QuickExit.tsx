import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface QuickExitProps {
  /** The neutral page, for the link that works before the app has loaded. */
  readonly href: string;
  /** Whether leaving this way also clears the answers (the person's remembered choice). */
  readonly clearOnExit: boolean;
  readonly onClearOnExitChange: (clear: boolean) => void;
  readonly onLeave: (clearAnswers: boolean) => void;
}

/** Always on screen: one tap leaves for a neutral page; a checkbox makes it clear answers too. */
export function QuickExit({ href, clearOnExit, onClearOnExitChange, onLeave }: QuickExitProps) {
  const { t } = useTranslation();
  const [clearAnswers, setClearAnswers] = useState(clearOnExit);
  return (
    <div className="quick-exit">
      <label className="quick-exit-clear">
        <input
          type="checkbox"
          checked={clearAnswers}
          onChange={(event) => {
            setClearAnswers(event.target.checked);
            onClearOnExitChange(event.target.checked);
          }}
        />
        {t(($) => $.exit.clear_on_exit)}
      </label>
      {/* A link, so it leaves even before the JavaScript has arrived (then Back would return). */}
      <a
        className="button button-exit"
        href={href}
        onClick={(event) => {
          event.preventDefault();
          onLeave(clearAnswers);
        }}
      >
        {t(($) => $.exit.leave)}
      </a>
    </div>
  );
}
