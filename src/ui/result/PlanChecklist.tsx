import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendedAction } from '../../../flows/debt-collection/actions';
import type { Priority } from '../../../flows/debt-collection/priorities';
import { actionText } from '../../i18n/keys';
import type { DoneTicks } from './useDoneTicks';

export interface PlanChecklistProps {
  readonly groups: readonly {
    readonly priority: Priority;
    readonly actions: readonly RecommendedAction[];
  }[];
  readonly ticks: DoneTicks;
}

/** Moves to the card in place: a hash in the address would become a history entry of its own. */
function goToCard(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  // Focus brings the card's title into view and tells a screen reader where it now is.
  document.getElementById(`action-${id}`)?.focus();
}

/**
 * The whole plan in one look: every action's title, grouped today / this week / from now on, each a
 * link to its card and a tick for "done", with how many are done and what to do next.
 */
export function PlanChecklist({ groups, ticks }: PlanChecklistProps) {
  const { t } = useTranslation();
  const all = groups.flatMap((group) => group.actions);
  const next = all.find((action) => !ticks.isDone(action.id));
  return (
    <nav className="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading">{t(($) => $.result.glance_heading)}</h2>
      <p className="glance-progress" aria-live="polite">
        {t(($) => $.result.progress, { done: ticks.count, total: all.length })}
        {next !== undefined && ticks.count > 0 && (
          <>
            {' '}
            {t(($) => $.result.next)}
            <a href={`#action-${next.id}`} onClick={(event) => goToCard(event, next.id)}>
              {actionText(t, next.id).title}
            </a>
          </>
        )}
      </p>
      {groups.map(({ priority, actions }) => (
        <div key={priority} className={`glance-group glance-${priority}`}>
          <h3 id={`glance-${priority}`}>{t(($) => $.result.group[priority])}</h3>
          <ul aria-labelledby={`glance-${priority}`}>
            {actions.map((action) => {
              const title = actionText(t, action.id).title;
              const done = ticks.isDone(action.id);
              return (
                <li key={action.id} className={done ? 'glance-done' : undefined}>
                  <input
                    type="checkbox"
                    checked={done}
                    aria-label={t(($) => $.result.done_label, { title })}
                    onChange={(event) => ticks.setDone(action.id, event.target.checked)}
                  />
                  <a href={`#action-${action.id}`} onClick={(event) => goToCard(event, action.id)}>
                    {title}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
