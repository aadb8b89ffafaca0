import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAnswer } from '../../../flows/debt-collection/answers';
import { QUESTIONS, type QuestionId } from '../../../flows/debt-collection/questions';
import { progressOf } from '../../../flows/debt-collection/position';
import { FlowContext } from '../../app/flow-context';
import { questionText } from '../../i18n/keys';
import { useFocusOnMount } from '../useFocusOnMount';
import { OptionList } from './OptionList';

export interface QuestionScreenProps {
  readonly question: QuestionId;
  /** A valid answer: the app moves the flow on. */
  readonly onAnswer: (question: QuestionId, value: unknown) => void;
  readonly onBack: () => void;
  readonly onReview: () => void;
}

/** One question per screen, rendered from the catalogue; pre-filled with an earlier answer. */
export function QuestionScreen({ question, onAnswer, onBack, onReview }: QuestionScreenProps) {
  const { t } = useTranslation();
  const progress = FlowContext.useSelector(progressOf);
  const earlier = FlowContext.useSelector((s) => s.context.answers[question]);
  const isFirst = FlowContext.useSelector((s) => s.context.trail.length === 0);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const many = QUESTIONS[question].kind === 'many';
  const [chosen, setChosen] = useState<readonly string[]>(
    earlier === undefined ? [] : Array.isArray(earlier) ? earlier : [earlier],
  );
  const [error, setError] = useState<string | null>(null);
  // Read once per screen, not on every tick of a checkbox: a whole question costs i18next ~0.3 ms.
  const text = useMemo(() => questionText(t, question), [t, question]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = many ? chosen : chosen[0];
    const problem = checkAnswer(question, value);
    if (problem) {
      setError(
        problem.code === 'exclusive_option'
          ? t(($) => $.ask.error_exclusive, {
              option: text.option[problem.option ?? '']?.label ?? '',
            })
          : many
            ? t(($) => $.ask.error_required_multiple)
            : t(($) => $.ask.error_required),
      );
      return;
    }
    onAnswer(question, value);
  };

  const errorId = `${question}-error`;

  return (
    <form className="screen question" onSubmit={submit} noValidate>
      <p className="progress">
        <span>
          {t(($) => $.ask.progress, {
            position: progress.position,
            total: progress.estimatedTotal,
          })}
        </span>
        <progress
          max={progress.estimatedTotal}
          value={progress.position}
          aria-label={t(($) => $.ask.progress_label)}
        />
      </p>
      <fieldset
        aria-describedby={`${question}-why${error ? ` ${errorId}` : ''}`}
        aria-invalid={error ? true : undefined}
      >
        <legend>
          <h1 tabIndex={-1} ref={heading}>
            {text.title}
          </h1>
        </legend>
        <p className="why" id={`${question}-why`}>
          <span className="why-label">{t(($) => $.ask.why_label)}</span>
          {text.why}
        </p>
        <p className="muted">
          {many ? t(($) => $.ask.choose_multiple) : t(($) => $.ask.choose_single)}
        </p>
        {error && (
          <p className="field-error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <OptionList
          question={question}
          text={text}
          chosen={chosen}
          onChange={(next) => {
            setChosen(next);
            setError(null);
          }}
        />
      </fieldset>
      <div className="button-row nav-row">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t(($) => $.nav.back)}
        </button>
        <button type="submit" className="button">
          {t(($) => $.nav.continue)}
        </button>
      </div>
      {!isFirst && (
        <button type="button" className="button-link" onClick={onReview}>
          {t(($) => $.nav.review)}
        </button>
      )}
    </form>
  );
}
