import type { Answers } from '../../../flows/debt-collection/answers';
import type { LettersStrings } from '../../i18n/lazy-bundles';
import type { LetterKind } from '../../letters/compose';
import type { Regulator } from '../../letters/regulator';
import { lenderIsUnlicensed, policeBeforeComplaint } from '../../letters/suggest';

export interface LetterNotesProps {
  readonly strings: LettersStrings['ui'];
  readonly kind: LetterKind;
  readonly answers: Answers;
  readonly regulator: Regulator;
}

function complaintNote(strings: LettersStrings['ui'], answers: Answers, regulator: Regulator) {
  if (lenderIsUnlicensed(answers)) return strings.unlicensed_note;
  if (policeBeforeComplaint(answers)) return strings.police_first_note;
  return strings.regulator_note[regulator];
}

/** What to know before sending this letter, given the answers. */
export function LetterNotes({ strings, kind, answers, regulator }: LetterNotesProps) {
  const notes: string[] = [];
  const notMine = answers.debt_recognised === 'not_mine';
  // Every letter and the phone call can be taken as owning the debt: warn on each of them.
  if (notMine) notes.push(strings.not_mine_note);
  if (kind === 'negotiation' && !notMine) notes.push(strings.limitation_note);
  if (
    kind === 'confirm_agreement' &&
    (answers.keeping_agreement === 'missed' || answers.keeping_agreement === 'cannot')
  ) {
    notes.push(strings.missed_note);
  }
  if (kind === 'complaint') {
    notes.push(complaintNote(strings, answers, regulator));
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
