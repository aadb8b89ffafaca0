import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planOf } from '../../../flows/debt-collection/plan';
import { onPathAnswers } from '../../../flows/debt-collection/position';
import { FlowContext } from '../../app/flow-context';
import { formatDate } from '../../forms/parse-input';
import { copyText } from '../copy-text';
import { useLanguage } from '../../i18n/useLanguage';
import { planAsText } from './plan-text';
import { useOpenDetailsForPrint } from './useOpenDetailsForPrint';
// The result's print stylesheet: it arrives with the result screen, never with the first one.
import './takeaway.css';

export interface TakeAwaySectionProps {
  readonly onOpenLetters: () => void;
  readonly onOpenEvidence: () => void;
  readonly onOpenCourt: () => void;
  readonly shareUrl: string;
}

/** Take the plan away: letters, evidence log, share link, print or PDF, copy as text. */
export function TakeAwaySection({
  onOpenLetters,
  onOpenEvidence,
  onOpenCourt,
  shareUrl: url,
}: TakeAwaySectionProps) {
  const language = useLanguage();
  const { t } = useTranslation();
  const snapshot = FlowContext.useSelector((s) => s);
  const [status, setStatus] = useState('');
  const ids = useId();
  useOpenDetailsForPrint();

  const plan = planOf(snapshot);
  if (!plan.complete) return null;
  const answers = onPathAnswers(snapshot.context);

  const copy = async (text: string, done: string) => {
    setStatus('');
    setStatus((await copyText(text)) ? done : t(($) => $.takeaway.copy_failed));
  };
  const copyPlan = () => {
    const now = new Date();
    const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
    const text = planAsText(t, plan, answers, formatDate(today, language));
    void copy(
      text,
      t(($) => $.takeaway.copy_text.copied),
    );
  };

  return (
    <section className="takeaway" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t(($) => $.takeaway.heading)}</h2>
      <p>{t(($) => $.takeaway.intro)}</p>
      <ul className="takeaway-tools">
        <li>
          <button type="button" className="button button-wide" onClick={onOpenLetters}>
            {t(($) => $.takeaway.letters.button)}
          </button>
          <p className="muted">{t(($) => $.takeaway.letters.hint)}</p>
        </li>
        <li>
          <button
            type="button"
            className="button button-secondary button-wide"
            onClick={onOpenEvidence}
          >
            {t(($) => $.takeaway.evidence.button)}
          </button>
          <p className="muted">{t(($) => $.takeaway.evidence.hint)}</p>
        </li>
        {answers.legal_action !== undefined && answers.legal_action !== 'none' && (
          <li>
            <button
              type="button"
              className="button button-secondary button-wide"
              onClick={onOpenCourt}
            >
              {t(($) => $.takeaway.court.button)}
            </button>
            <p className="muted">{t(($) => $.takeaway.court.hint)}</p>
          </li>
        )}
      </ul>
      <h3>{t(($) => $.takeaway.share.heading)}</h3>
      <label htmlFor={`${ids}-url`}>{t(($) => $.takeaway.share.label)}</label>
      <input
        id={`${ids}-url`}
        className="share-url"
        type="url"
        readOnly
        value={url}
        aria-describedby={`${ids}-warning`}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p id={`${ids}-warning`} className="share-warning">
        {t(($) => $.takeaway.share.warning)}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void copy(
              url,
              t(($) => $.takeaway.share.copied),
            )
          }
        >
          {t(($) => $.takeaway.share.copy)}
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t(($) => $.takeaway.print.button)}
        </button>
        <button type="button" className="button button-secondary" onClick={copyPlan}>
          {t(($) => $.takeaway.copy_text.button)}
        </button>
      </div>
      <p className="muted">{t(($) => $.takeaway.print.hint)}</p>
      <p className="takeaway-status" role="status">
        {status}
      </p>
    </section>
  );
}
