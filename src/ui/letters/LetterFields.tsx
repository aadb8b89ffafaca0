import type { LettersStrings } from '../../i18n/lazy-bundles';
import type { FieldProblem, LetterField, LetterFormValues } from '../../letters/letter-form';
import { TextField } from '../form/TextField';

type Ui = LettersStrings['ui'];

const HINT: Partial<Record<LetterField, keyof Ui['field']>> = {
  creditor: 'creditor_hint',
  account: 'account_hint',
  date: 'date_hint',
  total: 'amount_hint',
  instalment: 'amount_hint',
  count: 'count_hint',
  first_date: 'date_hint',
  hardship: 'hardship_hint',
  agreement_date: 'date_hint',
  agency: 'agency_hint',
  details: 'details_hint',
  complaint_date: 'date_hint',
};

const INPUT_MODE: Partial<Record<LetterField, 'decimal' | 'numeric' | 'tel'>> = {
  total: 'decimal',
  instalment: 'decimal',
  count: 'numeric',
  phone: 'tel',
};

const AUTOCOMPLETE: Partial<Record<LetterField, string>> = { name: 'name', phone: 'tel' };
const MULTILINE: readonly LetterField[] = ['hardship', 'details'];

export interface LetterFieldsProps {
  readonly strings: Ui;
  readonly fields: readonly LetterField[];
  readonly values: LetterFormValues;
  readonly problems: Readonly<Partial<Record<LetterField, FieldProblem>>>;
  /** Fields the person has left at least once: only their problems are shown. */
  readonly visited: ReadonlySet<LetterField>;
  readonly onChange: (field: LetterField, value: string) => void;
  readonly onLeave: (field: LetterField) => void;
}

export function LetterFields({
  strings,
  fields,
  values,
  problems,
  visited,
  onChange,
  onLeave,
}: LetterFieldsProps) {
  return (
    <>
      {fields.map((field) => {
        const problem = visited.has(field) ? problems[field] : undefined;
        const hint = HINT[field];
        return (
          <TextField
            key={field}
            id={`letter-field-${field}`}
            label={strings.field[field]}
            hint={hint === undefined ? undefined : strings.field[hint]}
            value={values[field]}
            onChange={(value) => onChange(field, value)}
            onBlur={() => onLeave(field)}
            error={problem === undefined ? undefined : strings.error[problem]}
            multiline={MULTILINE.includes(field)}
            inputMode={INPUT_MODE[field]}
            autoComplete={AUTOCOMPLETE[field] ?? 'off'}
          />
        );
      })}
    </>
  );
}
