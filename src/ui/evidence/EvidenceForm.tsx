import { useRef, useState } from 'react';
import { CHANNELS, type EvidenceEntry } from '../../evidence/evidence-entry';
import {
  checkEvidenceForm,
  type EvidenceField,
  type EvidenceFormValues,
  type EvidenceProblem,
} from '../../evidence/evidence-form';
import type { EvidenceStrings } from '../../i18n/lazy-bundles';
import { fill } from '../../i18n/fill';
import { TextField } from '../form/TextField';

export interface EvidenceFormProps {
  readonly strings: EvidenceStrings;
  readonly initial: EvidenceFormValues;
  readonly editing: boolean;
  readonly onSave: (entry: Omit<EvidenceEntry, 'id'>) => void;
  readonly onCancel: () => void;
}

const FIELD_ORDER: readonly EvidenceField[] = [
  'date',
  'time',
  'who',
  'channel',
  'what',
  'attachments',
];

/** Adds or edits one entry; problems are shown beside their fields and announced. */
export function EvidenceForm({ strings, initial, editing, onSave, onCancel }: EvidenceFormProps) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<EvidenceField, EvidenceProblem>>>({});
  const [visited, setVisited] = useState<ReadonlySet<EvidenceField>>(new Set());
  const form = useRef<HTMLFormElement>(null);

  const set = (field: EvidenceField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    const checked = checkEvidenceForm(next);
    setProblems(checked.ok ? {} : checked.problems);
  };
  const leave = (field: EvidenceField) => {
    setVisited((all) => new Set(all).add(field));
    const checked = checkEvidenceForm(values);
    setProblems(checked.ok ? {} : checked.problems);
  };
  const shown = (field: EvidenceField) => {
    const problem = visited.has(field) ? problems[field] : undefined;
    return problem === undefined ? undefined : strings.error[problem];
  };
  const submit = () => {
    const checked = checkEvidenceForm(values);
    if (checked.ok) {
      onSave(checked.entry);
      return;
    }
    setProblems(checked.problems);
    setVisited(new Set(FIELD_ORDER));
    const first = FIELD_ORDER.find((field) => checked.problems[field] !== undefined);
    if (first) form.current?.querySelector<HTMLElement>(`#evidence-${first}`)?.focus();
  };
  const count = FIELD_ORDER.filter((field) => shown(field) !== undefined).length;

  return (
    <form
      ref={form}
      className="evidence-form"
      noValidate
      aria-labelledby="evidence-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="evidence-form-heading">{editing ? strings.edit_heading : strings.add_heading}</h2>
      <TextField
        id="evidence-date"
        label={strings.field.date}
        hint={strings.field.date_hint}
        value={values.date}
        onChange={(v) => set('date', v)}
        onBlur={() => leave('date')}
        error={shown('date')}
      />
      <TextField
        id="evidence-time"
        label={strings.field.time}
        hint={strings.field.time_hint}
        value={values.time}
        onChange={(v) => set('time', v)}
        onBlur={() => leave('time')}
        error={shown('time')}
        inputMode="numeric"
      />
      <TextField
        id="evidence-who"
        label={strings.field.who}
        hint={strings.field.who_hint}
        value={values.who}
        onChange={(v) => set('who', v)}
        onBlur={() => leave('who')}
        error={shown('who')}
      />
      <div className="field">
        <label htmlFor="evidence-channel">{strings.field.channel}</label>
        <select
          id="evidence-channel"
          value={values.channel}
          onChange={(event) => set('channel', event.target.value)}
        >
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {strings.channel[channel]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="evidence-what"
        label={strings.field.what}
        hint={strings.field.what_hint}
        value={values.what}
        onChange={(v) => set('what', v)}
        onBlur={() => leave('what')}
        error={shown('what')}
        multiline
      />
      <TextField
        id="evidence-attachments"
        label={strings.field.attachments}
        hint={strings.field.attachments_hint}
        value={values.attachments}
        onChange={(v) => set('attachments', v)}
        onBlur={() => leave('attachments')}
        error={shown('attachments')}
        multiline
      />
      <p className="form-status" aria-live="polite">
        {count > 0 ? fill(strings.error_summary, { count: String(count) }) : ''}
      </p>
      <div className="button-row">
        <button type="submit" className="button">
          {editing ? strings.save_changes : strings.save}
        </button>
        {editing && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {strings.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
