import { Choice } from '../form/Choice';
import { LETTER_KINDS, type LetterKind } from '../../../flows/debt-collection/letters';
import type { LettersStrings } from '../../i18n/lazy-bundles';

export interface LetterChooserProps {
  readonly strings: LettersStrings['ui'];
  readonly chosen: LetterKind;
  readonly suggested: readonly LetterKind[];
  readonly onChoose: (kind: LetterKind) => void;
}

/** The four templates as one radio group; those that fit the answers are marked. */
export function LetterChooser({ strings, chosen, suggested, onChoose }: LetterChooserProps) {
  return (
    <fieldset className="letter-chooser">
      <legend className="field-label">{strings.choose}</legend>
      {LETTER_KINDS.map((kind) => (
        <Choice
          key={kind}
          id={`letter-${kind}`}
          name="letter-kind"
          checked={kind === chosen}
          onChange={() => onChoose(kind)}
        >
          <strong>{strings.template[kind].name}</strong>
          {suggested.includes(kind) && <span className="tag">{strings.suggested}</span>}
          <span className="choice-hint">{strings.template[kind].hint}</span>
        </Choice>
      ))}
    </fieldset>
  );
}
