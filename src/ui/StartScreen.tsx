import { useTranslation } from 'react-i18next';
import type { Answers } from '../../flows/debt-collection/answers';
import { EARLY_ACTION_ATTRIBUTE } from './prerender-markers';
import { useFocusOnMount } from './useFocusOnMount';

// A tap on the pre-rendered button, before the app has loaded, is kept (src/app/early-tap.ts).
const EARLY_BEGIN = { [EARLY_ACTION_ATTRIBUTE]: 'begin' };

export interface StartScreenProps {
  readonly saved: Answers | null;
  readonly cleared: boolean;
  readonly onBegin: () => void;
  readonly onContinue: () => void;
  readonly onStartOver: () => void;
  /** Straight to the debts list, for someone who owes several lenders. */
  readonly onOpenDebts: () => void;
}

export function StartScreen({
  saved,
  cleared,
  onBegin,
  onContinue,
  onStartOver,
  onOpenDebts,
}: StartScreenProps) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="screen start" aria-labelledby="start-heading">
      <h1 id="start-heading" tabIndex={-1} ref={heading}>
        {t(($) => $.start.heading)}
      </h1>
      {cleared && (
        <p className="notice" role="status">
          {t(($) => $.clear.done)}
        </p>
      )}
      <p className="lead">{t(($) => $.start.intro)}</p>
      <p className="danger-line">{t(($) => $.start.danger)}</p>
      {saved ? (
        <div className="saved">
          <h2>{t(($) => $.start.saved_title)}</h2>
          <p>{t(($) => $.start.saved_body, { count: Object.keys(saved).length })}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={onContinue}>
              {t(($) => $.start.continue)}
            </button>
            <button type="button" className="button button-secondary" onClick={onStartOver}>
              {t(($) => $.start.start_over)}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-wide" onClick={onBegin} {...EARLY_BEGIN}>
          {t(($) => $.start.begin)}
        </button>
      )}
      <p className="muted">{t(($) => $.start.duration)}</p>
      <button type="button" className="button-link" onClick={onOpenDebts}>
        {t(($) => $.start.money)}
      </button>
      <dl className="facts-list">
        <dt>{t(($) => $.start.does_title)}</dt>
        <dd>{t(($) => $.start.does)}</dd>
        <dt>{t(($) => $.start.does_not_title)}</dt>
        <dd>{t(($) => $.start.does_not)}</dd>
        <dt>{t(($) => $.start.privacy_title)}</dt>
        <dd>{t(($) => $.start.privacy)}</dd>
      </dl>
    </section>
  );
}
