// Each date with what to do by then, how many days are left, and the rule behind it; then why
// some dates are missing, and the warnings that hold for every date.
import {
  daysLeft,
  daysLeftPhrase,
  deadlineNotes,
  deadlinesFor,
} from '../../../flows/court/deadlines';
import type { CalendarDate } from '../../../flows/dates/calendar-date';
import type { CourtDates } from '../../../flows/court/court-dates';
import { fill } from '../../i18n/fill';
import type { CourtStrings } from '../../i18n/lazy-bundles';
import { formatDate, parseDateInput } from '../../forms/parse-input';

export interface DeadlineListProps {
  readonly strings: CourtStrings;
  readonly dates: CourtDates;
  /** Today in China time (the app reads the clock). */
  readonly today: CalendarDate;
  readonly locale: string;
}

export function DeadlineList({ strings, dates, today, locale }: DeadlineListProps) {
  const { events, final_judgment } = deadlinesFor(dates);
  const notes = deadlineNotes(dates);
  const words = strings.deadline;
  return (
    <section className="court-deadlines" aria-labelledby="court-deadlines-heading">
      <h2 id="court-deadlines-heading" tabIndex={-1}>
        {words.list_heading}
      </h2>
      {events.length === 0 && !notes.defence_on_request && !notes.no_appeal && <p>{words.none}</p>}
      <ol className="deadline-list">
        {events.map((event) => {
          const kind = words.kind[event.kind];
          const left = daysLeft(event, today);
          const parts = parseDateInput(event.date);
          const shown = parts === null ? event.date : formatDate(parts, locale);
          return (
            <li
              key={`${event.kind}-${event.date}`}
              className={`deadline${left < 0 ? ' deadline-past' : ''}`}
            >
              <h3>{kind.title}</h3>
              <p className="deadline-date">
                <strong>
                  {shown}
                  {event.time === undefined ? '' : ` ${event.time}`}
                </strong>{' '}
                <span className="deadline-left">
                  {fill(words.days_left[daysLeftPhrase(left)], { count: String(Math.abs(left)) })}
                </span>
              </p>
              <p>{kind.todo}</p>
              <p className="muted">{kind.rule}</p>
            </li>
          );
        })}
      </ol>
      {notes.defence_on_request && <p className="notice">{words.small_claims_defence}</p>}
      {final_judgment && <p className="notice">{words.small_claims_final}</p>}
      <p className="notice">{words.act_early}</p>
      <p>{words.no_extension}</p>
      <p>{words.court_date_counts}</p>
    </section>
  );
}
