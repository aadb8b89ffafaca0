// The dates as a calendar file, made on this device: one tap downloads it; where downloads do
// nothing (in-app browsers), the same text can be copied.
import { useState } from 'react';
import { calendarFile } from '../../../flows/court/calendar';
import type { CourtDates } from '../../../flows/court/court-dates';
import { deadlinesFor } from '../../../flows/court/deadlines';
import type { CourtStrings } from '../../i18n/lazy-bundles';
import { copyText } from '../copy-text';
import { downloadText } from '../download';
import { ShareFileButton } from '../ShareFileButton';

export interface CalendarButtonsProps {
  readonly strings: CourtStrings;
  readonly dates: CourtDates;
  /** The clock, for the file's DTSTAMP. */
  readonly now: () => Date;
}

export function CalendarButtons({ strings, dates, now }: CalendarButtonsProps) {
  const [status, setStatus] = useState('');
  const { events } = deadlinesFor(dates);
  if (events.length === 0) return null;
  const words = strings.deadline;
  const text = () => calendarFile(events, strings.calendar, { stamp: now() });
  const download = () => {
    downloadText(`${words.file_name}.ics`, text(), 'text/calendar;charset=utf-8');
    setStatus(words.downloaded);
  };
  const copy = async () => {
    setStatus('');
    setStatus((await copyText(text())) ? words.copied : words.copy_failed);
  };
  return (
    <section className="court-calendar" aria-labelledby="court-calendar-heading">
      <h2 id="court-calendar-heading">{words.download}</h2>
      <p className="muted">{words.download_hint}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={download}>
          {words.download}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {words.copy}
        </button>
        <ShareFileButton
          label={words.share}
          failed={words.share_failed}
          fileName={`${words.file_name}.ics`}
          type="text/calendar;charset=utf-8"
          text={text}
        />
      </div>
      <p className="muted">{words.copy_hint}</p>
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
