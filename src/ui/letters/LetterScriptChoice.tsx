import type { LettersStrings } from '../../i18n/lazy-bundles';
import type { LetterScript } from '../../letters/letter-language';
import { Choice } from '../form/Choice';

export interface LetterScriptChoiceProps {
  readonly strings: LettersStrings['ui'];
  readonly script: LetterScript;
  readonly onChange: (script: LetterScript) => void;
}

const OPTIONS = [
  ['zh-CN', 'simplified'],
  ['zh-Hant', 'traditional'],
] as const;

/** For a reader of Traditional Chinese: the letter in Simplified (to send) or Traditional. */
export function LetterScriptChoice({ strings, script, onChange }: LetterScriptChoiceProps) {
  return (
    <fieldset className="field">
      <legend className="field-label">{strings.script.label}</legend>
      <p className="field-hint">{strings.script.hint}</p>
      {OPTIONS.map(([value, label]) => (
        <Choice
          key={value}
          id={`letter-script-${value}`}
          name="letter-script"
          checked={script === value}
          onChange={() => onChange(value)}
        >
          {strings.script[label]}
        </Choice>
      ))}
    </fieldset>
  );
}
