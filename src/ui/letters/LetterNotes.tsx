import type { NoteId } from '../../../flows/debt-collection/letters';
import type { LettersStrings } from '../../i18n/lazy-bundles';

export interface LetterNotesProps {
  readonly strings: LettersStrings['ui'];
  /** Which notes to show, decided by flows/debt-collection/letters.ts (letterNotes). */
  readonly notes: readonly NoteId[];
}

function noteText(strings: LettersStrings['ui'], note: NoteId): string {
  switch (note) {
    case 'not_mine':
      return strings.not_mine_note;
    case 'limitation':
      return strings.limitation_note;
    case 'missed':
      return strings.missed_note;
    case 'unlicensed':
      return strings.unlicensed_note;
    case 'police_first':
      return strings.police_first_note;
    case 'reminders_only':
      return strings.reminders_only_note;
    case 'regulator_nfra':
      return strings.regulator_note.nfra;
    case 'regulator_local':
      return strings.regulator_note.local;
    case 'regulator_either':
      return strings.regulator_note.either;
    case 'regulator_none':
      return strings.regulator_note.none;
  }
}

/** What to know before sending this letter. */
export function LetterNotes({ strings, notes }: LetterNotesProps) {
  if (notes.length === 0) return null;
  return (
    <div className="notice letter-notes">
      {notes.map((note) => (
        <p key={note}>{noteText(strings, note)}</p>
      ))}
    </div>
  );
}
