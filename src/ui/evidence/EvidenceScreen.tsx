import { use, useRef, useState } from 'react';
import {
  sortEntries,
  type Channel,
  type EvidenceEntry,
  type LoadedEvidence,
} from '../../evidence/evidence-entry';
import { blankEvidenceForm, formFromEntry } from '../../evidence/evidence-form';
import { loadEvidenceStrings } from '../../i18n/lazy-bundles';
import { fill } from '../../i18n/fill';
import { downloadText } from '../download';
import { OpenInBrowserNote } from '../OpenInBrowserNote';
import { ShareFileButton } from '../ShareFileButton';
import { todayIso } from '../today';
import { useFocusOnMount } from '../useFocusOnMount';
import { useLanguage } from '../../i18n/useLanguage';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceList } from './EvidenceList';
import { EvidenceTable } from './EvidenceTable';
import '../form/form.css';
import './evidence.css';

/** Where the log is kept (on this device): the app provides it. */
export interface EvidenceStore {
  /** False when the browser keeps nothing (private mode, storage off). */
  readonly available: boolean;
  load(): LoadedEvidence;
  save(entries: readonly EvidenceEntry[]): boolean;
  toCsv(
    entries: readonly EvidenceEntry[],
    labels: {
      readonly columns: readonly [string, string, string, string, string, string];
      readonly channel: (channel: Channel) => string;
    },
  ): string;
}

export interface EvidenceScreenProps {
  readonly store: EvidenceStore;
  readonly onBack: () => void;
  readonly onOpenLetters: () => void;
}

function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

export function EvidenceScreen({ store, onBack, onOpenLetters }: EvidenceScreenProps) {
  const strings = use(loadEvidenceStrings(useLanguage()));
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [loaded] = useState(() => store.load());
  const [entries, setEntries] = useState<readonly EvidenceEntry[]>(
    loaded.kind === 'ok' ? loaded.entries : [],
  );
  const [editing, setEditing] = useState<EvidenceEntry | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [status, setStatus] = useState('');

  const commit = (next: readonly EvidenceEntry[], message: string) => {
    const sorted = sortEntries(next);
    setEntries(sorted);
    // A write that failed must not be announced as saved.
    setStatus(store.save(sorted) ? message : strings.storage_off);
  };
  const save = (entry: Omit<EvidenceEntry, 'id'>) => {
    if (editing) {
      commit(
        entries.map((e) => (e.id === editing.id ? { ...entry, id: editing.id } : e)),
        strings.saved,
      );
    } else {
      commit([...entries, { ...entry, id: newId() }], strings.saved);
    }
    setEditing(null);
    setFormKey((k) => k + 1);
  };
  const remove = (entry: EvidenceEntry) => {
    commit(
      entries.filter((e) => e.id !== entry.id),
      strings.deleted,
    );
    if (editing?.id === entry.id) {
      setEditing(null);
      setFormKey((k) => k + 1);
    }
    listHeading.current?.focus();
  };
  const edit = (entry: EvidenceEntry) => {
    setEditing(entry);
    setFormKey((k) => k + 1);
    setStatus('');
  };
  const csvText = () => {
    const c = strings.column;
    return store.toCsv(entries, {
      columns: [c.date, c.time, c.who, c.channel, c.what, c.attachments],
      channel: (channel) => strings.channel[channel],
    });
  };
  const exportCsv = () =>
    downloadText(`${strings.file_name}.csv`, csvText(), 'text/csv;charset=utf-8');

  return (
    <section className="screen evidence-screen" aria-labelledby="evidence-heading">
      <h1 id="evidence-heading" tabIndex={-1} ref={heading}>
        {strings.heading}
      </h1>
      <p>{strings.intro}</p>
      <p className="muted">{strings.privacy}</p>
      {!store.available && <p className="notice">{strings.storage_off}</p>}
      {loaded.kind === 'unreadable' && <p className="notice">{strings.unreadable}</p>}
      {loaded.kind === 'ok' && loaded.dropped > 0 && (
        <p className="notice">{fill(strings.dropped, { count: String(loaded.dropped) })}</p>
      )}
      <button type="button" className="button-link" onClick={onBack}>
        {strings.back}
      </button>
      <EvidenceForm
        key={formKey}
        strings={strings}
        initial={editing ? formFromEntry(editing) : blankEvidenceForm(todayIso())}
        editing={editing !== null}
        onSave={save}
        onCancel={() => {
          setEditing(null);
          setFormKey((k) => k + 1);
        }}
      />
      <p className="form-status" role="status">
        {status}
      </p>
      <section className="evidence-log" aria-labelledby="evidence-list-heading">
        <h2 id="evidence-list-heading" tabIndex={-1} ref={listHeading}>
          {strings.list_heading}
          {entries.length > 0 && (
            <span className="group-hint">
              {' '}
              {fill(strings.count, { count: String(entries.length) })}
            </span>
          )}
        </h2>
        <EvidenceList strings={strings} entries={entries} onEdit={edit} onDelete={remove} />
        <EvidenceTable strings={strings} entries={entries} />
      </section>
      {entries.length > 0 && (
        <section aria-labelledby="evidence-export-heading">
          <h2 id="evidence-export-heading">{strings.export_heading}</h2>
          <p className="muted">{strings.export_hint}</p>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={exportCsv}>
              {strings.export_csv}
            </button>
            <ShareFileButton
              label={strings.share}
              failed={strings.share_failed}
              fileName={`${strings.file_name}.csv`}
              type="text/csv;charset=utf-8"
              text={csvText}
            />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => window.print()}
            >
              {strings.print}
            </button>
            <button type="button" className="button button-secondary" onClick={onOpenLetters}>
              {strings.to_letters}
            </button>
          </div>
          <OpenInBrowserNote text={strings.open_in_browser} />
        </section>
      )}
      <button type="button" className="button button-secondary" onClick={onBack}>
        {strings.back}
      </button>
    </section>
  );
}
