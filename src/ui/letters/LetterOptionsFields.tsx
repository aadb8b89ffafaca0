import type { LettersStrings } from '../../i18n/lazy-bundles';
import type { LetterOptions } from '../../letters/compose';
import { fill } from '../../i18n/fill';
import { LENDER_KINDS } from '../../../flows/debt-collection/letters';
import { Choice } from '../form/Choice';

export interface LetterOptionsFieldsProps {
  readonly strings: LettersStrings['ui'];
  readonly options: LetterOptions;
  readonly evidenceCount: number;
  readonly askRecipient: boolean;
  readonly askLenderKind: boolean;
  readonly onChange: (options: LetterOptions) => void;
  readonly onOpenEvidence: () => void;
}

/** The complaint's choices: to whom, which kind of lender, and whether to list the evidence log. */
export function LetterOptionsFields({
  strings,
  options,
  evidenceCount,
  askRecipient,
  askLenderKind,
  onChange,
  onOpenEvidence,
}: LetterOptionsFieldsProps) {
  return (
    <>
      {askLenderKind && (
        <fieldset className="field">
          <legend className="field-label">{strings.lender_kind.label}</legend>
          <p className="field-hint">{strings.lender_kind.hint}</p>
          {LENDER_KINDS.map((kind) => (
            <Choice
              key={kind}
              id={`lender-${kind}`}
              name="lender-kind"
              checked={options.lenderKind === kind}
              onChange={() => onChange({ ...options, lenderKind: kind })}
            >
              {strings.lender_kind[kind]}
            </Choice>
          ))}
        </fieldset>
      )}
      {askRecipient && (
        <fieldset className="field">
          <legend className="field-label">{strings.recipient.label}</legend>
          {(['creditor', 'regulator'] as const).map((recipient) => (
            <Choice
              key={recipient}
              id={`recipient-${recipient}`}
              name="recipient"
              checked={options.recipient === recipient}
              onChange={() => onChange({ ...options, recipient })}
            >
              {strings.recipient[recipient]}
            </Choice>
          ))}
        </fieldset>
      )}
      {evidenceCount > 0 ? (
        <Choice
          type="checkbox"
          id="include-evidence"
          checked={options.includeEvidence}
          onChange={(includeEvidence) => onChange({ ...options, includeEvidence })}
        >
          {fill(strings.include_evidence, { count: String(evidenceCount) })}
        </Choice>
      ) : (
        <div className="notice">
          <p>{strings.no_evidence}</p>
          <button type="button" className="button-link" onClick={onOpenEvidence}>
            {strings.open_evidence}
          </button>
        </div>
      )}
    </>
  );
}
