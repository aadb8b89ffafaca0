// Court papers: what each stage means, and the person's own dates with what to do by each.
import { use, useRef, useState } from 'react';
import type { CalendarDate } from '../../../flows/dates/calendar-date';
import type { CourtDates } from '../../../flows/court/court-dates';
import { furthestStage, stageOfDates, type CourtStage } from '../../../flows/court/stages';
import { loadCourtStrings } from '../../i18n/lazy-bundles';
import { useLanguage } from '../../i18n/useLanguage';
import { useFocusOnMount } from '../useFocusOnMount';
import { CalendarButtons } from './CalendarButtons';
import { formFromDates } from './court-form';
import { CourtStages } from './CourtStages';
import { DeadlineList } from './DeadlineList';
import { DeadlinesForm } from './DeadlinesForm';
import '../form/form.css';
import './court.css';

/** Where the dates are kept (on this device): the app provides it. */
export interface CourtDatesStore {
  /** False when the browser keeps nothing (private mode, storage off). */
  readonly available: boolean;
  load(): { readonly kind: 'ok'; readonly dates: CourtDates } | { readonly kind: 'unreadable' };
  save(dates: CourtDates): boolean;
}

export interface CourtScreenProps {
  readonly store: CourtDatesStore;
  /** The stage the person's answers point to; null when none does. */
  readonly stage: CourtStage | null;
  /** Today in China time. */
  readonly today: CalendarDate;
  readonly now: () => Date;
  readonly onBack: () => void;
}

export function CourtScreen({ store, stage, today, now, onBack }: CourtScreenProps) {
  const language = useLanguage();
  const strings = use(loadCourtStrings(language));
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [loaded] = useState(() => store.load());
  const [dates, setDates] = useState<CourtDates>(loaded.kind === 'ok' ? loaded.dates : {});
  // Opened first: the furthest of the answers' stage and the stage of the dates kept (a judgment
  // entered after a summons answer is the judged stage). Fixed on arrival, so saving new dates
  // never closes a section the person opened.
  const [opened] = useState(() => furthestStage([stage, stageOfDates(dates)]));
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const words = strings.deadline;

  const save = (next: CourtDates) => {
    setDates(next);
    // A write that failed must not be announced as saved.
    setStatus(store.save(next) ? words.saved : words.storage_off);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>('h2')?.focus());
  };

  return (
    <section className="screen court-screen" aria-labelledby="court-heading">
      <h1 id="court-heading" tabIndex={-1} ref={heading}>
        {strings.heading}
      </h1>
      {strings.intro.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" className="button-link" onClick={onBack}>
        {strings.back}
      </button>
      <CourtStages strings={strings} current={opened} />
      <section className="court-dates" aria-labelledby="court-dates-heading">
        <h2 id="court-dates-heading">{words.heading}</h2>
        <p>{words.intro}</p>
        <p className="muted">{words.stored}</p>
        {!store.available && <p className="notice">{words.storage_off}</p>}
        {loaded.kind === 'unreadable' && <p className="notice">{words.unreadable}</p>}
        <DeadlinesForm strings={strings} initial={formFromDates(dates)} onSave={save} />
        <p className="form-status" role="status">
          {status}
        </p>
      </section>
      <div ref={listRef}>
        <DeadlineList strings={strings} dates={dates} today={today} locale={language} />
      </div>
      <CalendarButtons strings={strings} dates={dates} now={now} />
      <button type="button" className="button button-secondary" onClick={onBack}>
        {strings.back}
      </button>
    </section>
  );
}
