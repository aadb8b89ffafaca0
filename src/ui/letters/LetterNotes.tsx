import type { Answers } from '../../../flows/debt-collection/answers';
import type { LettersStrings } from '../../i18n/lazy-bundles';
import type { LetterKind } from '../../letters/compose';
import type { Regulator } from '../../letters/regulator';

export interface LetterNotesProps {
  readonly strings: LettersStrings['ui'];
  readonly kind: LetterKind;
  readonly answers: Answers;
  readonly regulator: Regulator;
}

/** What to know before sending this letter, given the answers. */
export function LetterNotes({ strings, kind, answers, regulator }: LetterNotesProps) {
  const notes: string[] = [];
  if (kind === 'negotiation') {
    notes.push(
      answers.debt_recognised === 'not_mine' ? strings.not_mine_note : strings.limitation_note,
    );
  }
  if (
    kind === 'confirm_agreement' &&
    (answers.keeping_agreement === 'missed' || answers.keeping_agreement === 'cannot')
  ) {
    notes.push(strings.missed_note);
  }
  if (kind === 'complaint') {
    notes.push(strings.regulator_note[regulator]);
    const conduct = answers.conduct ?? [];
    if (conduct.length === 0 || conduct.every((c) => c === 'reminders_only')) {
      notes.push(strings.reminders_only_note);
    }
  }
  if (notes.length === 0) return null;
  return (
    <div className="notice letter-notes">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}
