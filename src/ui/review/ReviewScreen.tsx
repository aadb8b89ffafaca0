import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../../flows/debt-collection/questions';
import { FlowContext } from '../../app/flow-context';
import { useFocusOnMount } from '../useFocusOnMount';
import { AnswerSummary } from './AnswerSummary';

export interface ReviewScreenProps {
  readonly onEdit: (question: QuestionId) => void;
  readonly onDone: () => void;
}

export function ReviewScreen({ onEdit, onDone }: ReviewScreenProps) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const complete = FlowContext.useSelector((s) => s.hasTag('result'));
  return (
    <section className="screen review" aria-labelledby="review-heading">
      <h1 id="review-heading" tabIndex={-1} ref={heading}>
        {t(($) => $.review.heading)}
      </h1>
      <p className="lead">{t(($) => $.review.intro)}</p>
      <AnswerSummary onEdit={onEdit} />
      <div className="button-row">
        <button type="button" className="button" onClick={onDone}>
          {complete ? t(($) => $.nav.to_result) : t(($) => $.nav.continue)}
        </button>
      </div>
    </section>
  );
}
