import { useTranslation } from 'react-i18next';
import { chosenOptions } from '../../../flows/debt-collection/answers';
import type { QuestionId } from '../../../flows/debt-collection/questions';
import { FlowContext } from '../../app/flow-context';
import { optionLabel, questionText } from '../../i18n/keys';

/** The answers on the path so far, each with a button to change it. */
export function AnswerSummary({ onEdit }: { readonly onEdit: (question: QuestionId) => void }) {
  const { t } = useTranslation();
  const { trail, answers } = FlowContext.useSelector((s) => s.context);
  if (trail.length === 0) return <p>{t(($) => $.review.none)}</p>;
  return (
    <dl className="summary">
      {trail.map((question) => {
        const chosen = chosenOptions(answers, question);
        const title = questionText(t, question).title;
        return (
          <div className="summary-row" key={question} id={`answer-${question}`}>
            <dt>{title}</dt>
            <dd>
              <ul className="summary-values">
                {chosen.map((option) => (
                  <li key={option}>{optionLabel(t, question, option)}</li>
                ))}
              </ul>
              <button
                type="button"
                className="button-link"
                onClick={() => onEdit(question)}
                aria-label={t(($) => $.review.change_named, { question: title })}
              >
                {t(($) => $.review.change)}
              </button>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
