import type { Debt } from '../../../flows/money/debts';
import type { LettersStrings } from '../../i18n/lazy-bundles';

export interface LetterDebtChoiceProps {
  readonly strings: LettersStrings['ui'];
  readonly debts: readonly Debt[];
  /** The debt the letter is about; null for a letter filled in by hand. */
  readonly chosen: string | null;
  readonly onChoose: (debtId: string | null) => void;
}

const NONE = '';

/** Which debt of the list a negotiation letter is about: its offer then fills the letter. */
export function LetterDebtChoice({ strings, debts, chosen, onChoose }: LetterDebtChoiceProps) {
  const s = strings.debt_choice;
  return (
    <div className="field">
      <label htmlFor="letter-debt">{s.label}</label>
      <p id="letter-debt-hint" className="field-hint">
        {s.hint}
      </p>
      <select
        id="letter-debt"
        aria-describedby="letter-debt-hint"
        value={chosen ?? NONE}
        onChange={(event) => onChoose(event.target.value === NONE ? null : event.target.value)}
      >
        {debts.map((debt) => (
          <option key={debt.id} value={debt.id}>
            {debt.lender}
          </option>
        ))}
        <option value={NONE}>{s.none}</option>
      </select>
    </div>
  );
}
