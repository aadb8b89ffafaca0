import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isCourtAction } from '../../../flows/court/stages';
import type { RecommendedAction } from '../../../flows/debt-collection/actions';
import { contactOf, type FactKey } from '../../../flows/debt-collection/legal-facts';
import type { QuestionId } from '../../../flows/debt-collection/questions';
import { actionText, factText, hotlineLabel, questionText } from '../../i18n/keys';
import { LegalBasis } from './LegalBasis';
import { moneyLinkOf, type MoneyLink } from './money-links';
import { ReadAloud } from './ReadAloud';

export interface ActionCardProps {
  readonly action: RecommendedAction;
  readonly onEdit: (question: QuestionId) => void;
  readonly onOpenCourt: () => void;
  readonly onOpenMoney: (screen: MoneyLink) => () => void;
  readonly done: boolean;
  readonly onDoneChange: (done: boolean) => void;
}

/**
 * One action: its title, why it applies to this person and the first step, open at once, with the
 * tool that works it out (court dates, a budget, a loan's rate); all the steps, whom to call, what
 * to keep and why it is right behind a disclosure (open on paper).
 */
export function ActionCard({
  action,
  onEdit,
  onOpenCourt,
  onOpenMoney,
  done,
  onDoneChange,
}: ActionCardProps) {
  const { t } = useTranslation();
  const money = moneyLinkOf(action.id);
  const text = actionText(t, action.id);
  const titleId = `action-${action.id}`;
  const [firstStep, ...laterSteps] = text.steps;
  const questions = [...new Set(action.because.flatMap((reason) => reason.questions))];
  return (
    <article
      className={`action action-${action.priority}${done ? ' action-done' : ''}`}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} tabIndex={-1}>
        {action.priority === 'urgent' && (
          <span className="badge">{t(($) => $.result.urgent_badge)}</span>
        )}
        {text.title}
      </h3>
      <div className="because">
        <h4 className="visually-hidden">{t(($) => $.result.because)}</h4>
        <ul>
          {action.because.map((reason) => (
            <li key={reason.id}>{text.why[reason.id]}</li>
          ))}
        </ul>
      </div>
      {firstStep !== undefined && (
        <p className="first-step">
          <strong>{t(($) => $.result.first_step)}</strong>
          {firstStep}
        </p>
      )}
      {isCourtAction(action.id) && (
        <p>
          <button type="button" className="button button-secondary" onClick={onOpenCourt}>
            {t(($) => $.takeaway.court.button)}
          </button>
        </p>
      )}
      {money !== null && (
        <p>
          <button type="button" className="button" onClick={onOpenMoney(money)}>
            {t(($) => $.result.money[money])}
          </button>
        </p>
      )}
      <details className="action-more">
        <summary>{t(($) => $.result.more)}</summary>
        {action.details.map((detail) => (
          <p className="detail" key={detail}>
            {text.detail?.[detail]}
          </p>
        ))}
        {laterSteps.length > 0 && (
          <>
            <h4>{t(($) => $.result.steps)}</h4>
            <ol className="steps" start={2}>
              {laterSteps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </>
        )}
        {action.contacts.length > 0 && (
          <div className="contact">
            <h4>{t(($) => $.result.contact)}</h4>
            {text.contact && <p>{text.contact}</p>}
            <ul className="phone-list">
              {action.contacts.map((fact) => (
                <ContactButtons key={fact} fact={fact} />
              ))}
            </ul>
          </div>
        )}
        <h4>{t(($) => $.result.evidence)}</h4>
        <p>{text.evidence}</p>
        <LegalBasis facts={action.cites} />
        <div className="change-links">
          {questions.map((question) => (
            <button
              key={question}
              type="button"
              className="button-link change-link"
              onClick={() => onEdit(question)}
            >
              {t(($) => $.result.change_answer, { question: questionText(t, question).title })}
            </button>
          ))}
        </div>
      </details>
      <div className="action-tools">
        <label className="done-tick">
          <input
            type="checkbox"
            checked={done}
            onChange={(event) => onDoneChange(event.target.checked)}
          />
          {t(($) => $.result.done)}
        </label>
        <ReadAloud text={spokenText(t, action)} />
      </div>
    </article>
  );
}

/** What the read-aloud button says: the card's words, without the controls. */
function spokenText(t: TFunction, action: RecommendedAction): string {
  const text = actionText(t, action.id);
  return [
    text.title,
    ...action.because.map((reason) => text.why[reason.id] ?? ''),
    ...action.details.map((detail) => text.detail?.[detail] ?? ''),
    t(($) => $.result.steps),
    ...text.steps,
    text.contact ?? '',
    ...action.contacts.map((fact) => hotlineLabel(t, fact)),
    t(($) => $.result.evidence),
    text.evidence,
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/**
 * One hotline: a tel: (or sms:) link, labelled by the hotline's own words where "call …" would
 * mislead (12368 dials the local court; 12321 takes text messages; 12378 covers only some lenders),
 * and its official website where the facts file names one.
 */
function ContactButtons({ fact }: { readonly fact: FactKey }) {
  const { t } = useTranslation();
  const contact = contactOf(fact);
  if (contact === null) return null;
  const text = factText(t, fact);
  return (
    <>
      <li>
        <a className="button button-call" href={contact.href}>
          {hotlineLabel(t, fact)}
        </a>
      </li>
      {contact.site !== undefined && text.site && (
        <li>
          <a className="button" href={contact.site} rel="noopener noreferrer" target="_blank">
            {text.site}
          </a>
        </li>
      )}
    </>
  );
}
