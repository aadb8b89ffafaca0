import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../../flows/debt-collection/questions';
import { questionText } from '../../i18n/keys';

export interface EditNoticeProps {
  readonly dropped: readonly QuestionId[];
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

/** After a change, names the earlier answers that no longer count, with an undo. */
export function EditNotice({ dropped, onUndo, onDismiss }: EditNoticeProps) {
  const { t } = useTranslation();
  return (
    <section className="notice" role="status" aria-labelledby="dropped-title">
      <h2 id="dropped-title">{t(($) => $.edit.dropped_title)}</h2>
      <p>{t(($) => $.edit.dropped_body)}</p>
      <ul>
        {dropped.map((q) => (
          <li key={q}>{questionText(t, q).title}</li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onUndo}>
          {t(($) => $.edit.undo)}
        </button>
        <button type="button" className="button-link" onClick={onDismiss}>
          {t(($) => $.edit.dismiss)}
        </button>
      </div>
    </section>
  );
}
