import { useState } from 'react';
import type { EvidenceEntry } from '../../evidence/evidence-entry';
import type { EvidenceStrings } from '../../i18n/lazy-bundles';
import { fill } from '../../i18n/fill';
import { ConfirmPanel } from '../chrome/ConfirmPanel';

export interface EvidenceListProps {
  readonly strings: EvidenceStrings;
  readonly entries: readonly EvidenceEntry[];
  readonly onEdit: (entry: EvidenceEntry) => void;
  readonly onDelete: (entry: EvidenceEntry) => void;
}

export const whenOf = (entry: EvidenceEntry) =>
  entry.time === '' ? entry.date : `${entry.date} ${entry.time}`;

/** The entries, oldest first. Everything typed is shown as text, never as HTML. */
export function EvidenceList({ strings, entries, onEdit, onDelete }: EvidenceListProps) {
  const [deleting, setDeleting] = useState<string | null>(null);
  if (entries.length === 0) return <p>{strings.empty}</p>;
  return (
    <ol className="evidence-list">
      {entries.map((entry) => {
        const when = whenOf(entry);
        return (
          <li key={entry.id} className="evidence-entry">
            <p className="evidence-when">
              <strong>{when}</strong> · {strings.channel[entry.channel]}
              {entry.who && <> · {entry.who}</>}
            </p>
            <p className="evidence-what">{entry.what}</p>
            {entry.attachments.length > 0 && (
              <p className="muted">
                {strings.attachments_label}
                {entry.attachments.join(', ')}
              </p>
            )}
            {deleting === entry.id ? (
              <ConfirmPanel
                title={strings.confirm_delete_title}
                body={strings.confirm_delete_body}
                confirmLabel={strings.confirm_delete}
                cancelLabel={strings.cancel}
                onConfirm={() => {
                  setDeleting(null);
                  onDelete(entry);
                }}
                onCancel={() => setDeleting(null)}
              />
            ) : (
              <div className="button-row">
                <button
                  type="button"
                  className="button-link"
                  aria-label={fill(strings.edit_named, { when })}
                  onClick={() => onEdit(entry)}
                >
                  {strings.edit}
                </button>
                <button
                  type="button"
                  className="button-link"
                  aria-label={fill(strings.delete_named, { when })}
                  onClick={() => setDeleting(entry.id)}
                >
                  {strings.delete}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
