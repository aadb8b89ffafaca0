import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendedAction } from '../../../flows/debt-collection/actions';
import { FACTS_CHECKED_ON } from '../../../flows/debt-collection/legal-facts';
import type { QuestionId } from '../../../flows/debt-collection/questions';
import { planOf } from '../../../flows/debt-collection/plan';
import { groupByPriority, type Priority } from '../../../flows/debt-collection/priorities';
import { FlowContext } from '../../app/flow-context';
import { AnswerSummary } from '../review/AnswerSummary';
import { TakeAwaySection } from '../takeaway/TakeAwaySection';
import { useFocusOnMount } from '../useFocusOnMount';
import { ActionCard } from './ActionCard';
import { AssessmentBanner } from './AssessmentBanner';
import { EditNotice } from './EditNotice';
import type { MoneyLink } from './money-links';
import { OpenAll } from './OpenAll';
import { PlanChecklist } from './PlanChecklist';
import { useDoneTicks, type DoneStore, type DoneTicks } from './useDoneTicks';
import { useFactStrings } from '../../i18n/use-fact-strings';

export interface ResultScreenProps {
  /** Questions answered before the last change that no longer count. */
  readonly dropped: readonly QuestionId[];
  readonly onEdit: (question: QuestionId) => void;
  readonly onUndo: () => void;
  readonly onDismissEdit: () => void;
  readonly onReview: () => void;
  readonly onOpenLetters: () => void;
  readonly onOpenEvidence: () => void;
  readonly onOpenCourt: () => void;
  readonly onOpenMoney: (screen: MoneyLink) => () => void;
  /** The address that carries these answers (src/boundaries/share-link.ts). */
  readonly shareUrl: string;
  /** Where the "done" ticks are kept (app/ResultPage.tsx). */
  readonly doneStore: DoneStore;
}

export function ResultScreen({
  dropped,
  onEdit,
  onUndo,
  onDismissEdit,
  onReview,
  onOpenLetters,
  onOpenEvidence,
  onOpenCourt,
  onOpenMoney,
  shareUrl,
  doneStore,
}: ResultScreenProps) {
  const { t } = useTranslation();
  useFactStrings();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const plan = FlowContext.useSelector((s) => planOf(s));
  const planIds = plan.complete ? plan.actions.map((a) => a.id).join(' ') : '';
  const ids = useMemo(() => (planIds === '' ? [] : planIds.split(' ')), [planIds]);
  const ticks = useDoneTicks(doneStore, ids);
  if (!plan.complete) return null;
  const groups = groupByPriority(plan.actions);

  return (
    <section className="screen result" aria-labelledby="result-heading">
      <h1 id="result-heading" tabIndex={-1} ref={heading}>
        {t(($) => $.result.heading)}
      </h1>
      {dropped.length > 0 && (
        <EditNotice dropped={dropped} onUndo={onUndo} onDismiss={onDismissEdit} />
      )}
      <AssessmentBanner assessment={plan.assessment} scamRisk={plan.scam_risk} />
      <PlanChecklist groups={groups} ticks={ticks} />
      <OpenAll />
      {groups.map(({ priority, actions }) => (
        <ActionGroup
          key={priority}
          priority={priority}
          actions={actions}
          onEdit={onEdit}
          onOpenCourt={onOpenCourt}
          onOpenMoney={onOpenMoney}
          ticks={ticks}
        />
      ))}
      <TakeAwaySection
        onOpenLetters={onOpenLetters}
        onOpenEvidence={onOpenEvidence}
        onOpenCourt={onOpenCourt}
        shareUrl={shareUrl}
      />
      <section className="result-answers" aria-labelledby="result-answers-heading">
        <h2 id="result-answers-heading">{t(($) => $.review.heading)}</h2>
        <AnswerSummary onEdit={onEdit} />
        <button type="button" className="button-link" onClick={onReview}>
          {t(($) => $.nav.review)}
        </button>
      </section>
      <p className="disclaimer">{t(($) => $.result.disclaimer)}</p>
      <p className="muted">{t(($) => $.result.reviewed, { date: FACTS_CHECKED_ON })}</p>
    </section>
  );
}

function ActionGroup({
  priority,
  actions,
  onEdit,
  onOpenCourt,
  onOpenMoney,
  ticks,
}: {
  readonly priority: Priority;
  readonly actions: readonly RecommendedAction[];
  readonly onEdit: (question: QuestionId) => void;
  readonly onOpenCourt: () => void;
  readonly onOpenMoney: (screen: MoneyLink) => () => void;
  readonly ticks: DoneTicks;
}) {
  const { t } = useTranslation();
  const id = `group-${priority}`;
  return (
    <section className={`group group-${priority}`} aria-labelledby={id}>
      <h2 id={id}>
        {t(($) => $.result.group[priority])}
        <span className="group-hint">{t(($) => $.result.group_hint[priority])}</span>
      </h2>
      <ol className="actions">
        {actions.map((action) => (
          <li key={action.id}>
            <ActionCard
              action={action}
              onEdit={onEdit}
              onOpenCourt={onOpenCourt}
              onOpenMoney={onOpenMoney}
              done={ticks.isDone(action.id)}
              onDoneChange={(done) => ticks.setDone(action.id, done)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
