import {
  QUESTIONS,
  exclusiveOptionsOf,
  type QuestionId,
} from '../../../flows/debt-collection/questions';
import type { QuestionText } from '../../i18n/keys';

export interface OptionListProps {
  readonly question: QuestionId;
  /** The question's words, read once by the screen. */
  readonly text: QuestionText;
  readonly chosen: readonly string[];
  readonly onChange: (chosen: readonly string[]) => void;
}

/** Real radio buttons or checkboxes with labels, as large tap targets. */
export function OptionList({ question, text, chosen, onChange }: OptionListProps) {
  const { kind, options } = QUESTIONS[question];
  const exclusive = exclusiveOptionsOf(question);

  const toggle = (option: string, checked: boolean) => {
    if (kind === 'one') return onChange([option]);
    if (!checked) return onChange(chosen.filter((o) => o !== option));
    // An exclusive option ("reminders only") replaces the others, and any other replaces it.
    if (exclusive.includes(option)) return onChange([option]);
    return onChange([...chosen.filter((o) => !exclusive.includes(o)), option]);
  };

  return (
    <div className="options">
      {options.map((option) => {
        const id = `${question}-${option}`;
        const hint = text.option[option]?.hint;
        return (
          <div className="option" key={option}>
            <input
              id={id}
              type={kind === 'one' ? 'radio' : 'checkbox'}
              name={question}
              value={option}
              checked={chosen.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
              aria-describedby={hint ? `${id}-hint` : undefined}
            />
            <label htmlFor={id}>
              <span className="option-label">{text.option[option]?.label}</span>
              {hint && (
                <span className="option-hint" id={`${id}-hint`}>
                  {hint}
                </span>
              )}
            </label>
          </div>
        );
      })}
    </div>
  );
}
