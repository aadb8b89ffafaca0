// Which letters fit these answers, in the order the result would use them.
import type { Answers } from '../../flows/debt-collection/answers';
import { assess, scamRisk } from '../../flows/debt-collection/assessment';
import type { LetterKind } from './compose';
import { DANGER_CONDUCT } from './conduct-basis';
import { lenderOf } from './lender';

/**
 * A private lender who threatened or used force is a matter for the police: a written complaint
 * sent to such a person can make things worse.
 */
export function policeBeforeComplaint(answers: Answers): boolean {
  return (
    lenderOf(answers.debt_type) === 'private' &&
    (answers.conduct ?? []).some((option) => DANGER_CONDUCT.includes(option))
  );
}

/** A lender without a licence is reported (police, regulator), not written to. */
export function lenderIsUnlicensed(answers: Answers): boolean {
  return lenderOf(answers.debt_type) === 'unlicensed';
}

export function suggestedLetters(answers: Answers): LetterKind[] {
  const suggested: LetterKind[] = [];
  const unverified = answers.collector !== undefined && answers.collector !== 'creditor';
  if (unverified || scamRisk(answers)) suggested.push('phone_script');
  const complaintFits =
    assess(answers) !== 'lawful' || answers.collection_after_agreement === 'continuing_pressure';
  if (complaintFits && !policeBeforeComplaint(answers) && !lenderIsUnlicensed(answers)) {
    suggested.push('complaint');
  }
  if (
    answers.collection_after_agreement === 'continuing_pressure' ||
    answers.agreement === 'verbal'
  ) {
    suggested.push('confirm_agreement');
  }
  const needsPlan = answers.can_repay === 'instalments' || answers.can_repay === 'not_now';
  if (needsPlan && answers.debt_recognised !== 'not_mine') suggested.push('negotiation');
  return suggested;
}
