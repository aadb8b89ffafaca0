import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerProblem } from '../../../flows/debt-collection/answers';
import { isQuestionId } from '../../../flows/debt-collection/questions';
import { questionText } from '../../i18n/keys';

/** What could not be read at start-up (src/app/session.ts finds them; this shows them). */
export type StartupNotice =
  | { readonly kind: 'session_partial'; readonly dropped: readonly AnswerProblem[] }
  | { readonly kind: 'session_unreadable' }
  | { readonly kind: 'storage_off' }
  | { readonly kind: 'link_invalid' }
  | { readonly kind: 'language_unknown' };

export interface StartupNoticesProps {
  readonly notices: readonly StartupNotice[];
  readonly onDismiss: (kind: StartupNotice['kind']) => void;
}

/** Calm, dismissible messages about what could not be read; the guide works regardless. */
export const StartupNotices = memo(function StartupNotices({
  notices,
  onDismiss,
}: StartupNoticesProps) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <section key={notice.kind} className="notice" role="status">
          {notice.kind === 'session_partial' && (
            <>
              <h2>{t(($) => $.session.partial_title)}</h2>
              <p>{t(($) => $.session.partial_body)}</p>
              <ul>
                {notice.dropped.map((problem, index) => (
                  <li key={index}>
                    {isQuestionId(problem.field)
                      ? questionText(t, problem.field).title
                      : t(($) => $.session.unknown_item)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {notice.kind === 'session_unreadable' && (
            <>
              <h2>{t(($) => $.session.unreadable_title)}</h2>
              <p>{t(($) => $.session.unreadable_body)}</p>
            </>
          )}
          {notice.kind === 'storage_off' && <p>{t(($) => $.session.storage_off)}</p>}
          {notice.kind === 'language_unknown' && <p>{t(($) => $.session.language_unknown)}</p>}
          {notice.kind === 'link_invalid' && (
            <>
              <h2>{t(($) => $.session.link_invalid_title)}</h2>
              <p>{t(($) => $.session.link_invalid_body)}</p>
            </>
          )}
          <button type="button" className="button-link" onClick={() => onDismiss(notice.kind)}>
            {t(($) => $.session.dismiss)}
          </button>
        </section>
      ))}
    </div>
  );
});
