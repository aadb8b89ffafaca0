// The dates on the person's papers, typed in. Mistakes are named beside their fields and focus
// goes to the first; nothing typed is cleared.
import { useId, useRef, useState, type FormEvent } from 'react';
import { fill } from '../../i18n/fill';
import type { CourtStrings } from '../../i18n/lazy-bundles';
import { TextField } from '../form/TextField';
import {
  readCourtForm,
  type CourtForm,
  type CourtFormErrors,
  type ReadCourtForm,
} from './court-form';

export interface DeadlinesFormProps {
  readonly strings: CourtStrings;
  readonly initial: CourtForm;
  readonly onSave: (read: Extract<ReadCourtForm, { ok: true }>['dates']) => void;
}

const TEXT_FIELDS = [
  'complaint_received',
  'hearing',
  'hearing_time',
  'evidence_due',
  'judgment_received',
] as const;

export function DeadlinesForm({ strings, initial, onSave }: DeadlinesFormProps) {
  const ids = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<CourtForm>(initial);
  const [errors, setErrors] = useState<CourtFormErrors>({});
  const labels = strings.deadline.field;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readCourtForm(values);
    if (!read.ok) {
      setErrors(read.errors);
      const first = TEXT_FIELDS.find((field) => read.errors[field] !== undefined);
      if (first) form.current?.ownerDocument.getElementById(`${ids}-${first}`)?.focus();
      return;
    }
    setErrors({});
    onSave(read.dates);
  };

  return (
    <form ref={form} className="court-form" noValidate onSubmit={submit}>
      {TEXT_FIELDS.map((field) => {
        const error = errors[field];
        return (
          <TextField
            key={field}
            id={`${ids}-${field}`}
            label={labels[field].label}
            hint={
              field === 'hearing_time'
                ? labels[field].hint
                : fill(strings.deadline.hint_with_example, {
                    hint: labels[field].hint,
                    example: strings.deadline.date_hint,
                  })
            }
            value={values[field]}
            onChange={(value) => setValues((v) => ({ ...v, [field]: value }))}
            error={error === undefined ? undefined : strings.deadline.error[error]}
            inputMode={field === 'hearing_time' ? 'numeric' : undefined}
          />
        );
      })}
      <div className="field field-check">
        <input
          id={`${ids}-small_claims`}
          type="checkbox"
          checked={values.small_claims}
          aria-describedby={`${ids}-small_claims-hint`}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setValues((v) => ({ ...v, small_claims: checked }));
          }}
        />
        <label htmlFor={`${ids}-small_claims`}>{labels.small_claims.label}</label>
        <p id={`${ids}-small_claims-hint`} className="field-hint">
          {labels.small_claims.hint}
        </p>
      </div>
      <button type="submit" className="button button-wide">
        {strings.deadline.show}
      </button>
    </form>
  );
}
