// Which letters fit these answers, in the order the result would use them.
import type { Answers } from '../../flows/debt-collection/answers';
import { assess, scamRisk } from '../../flows/debt-collection/assessment';
import type { LetterKind } from './compose';

export function suggestedLetters(answers: Answers): LetterKind[] {
  const suggested: LetterKind[] = [];
  const unverified = answers.collector !== undefined && answers.collector !== 'creditor';
  if (unverified || scamRisk(answers)) suggested.push('phone_script');
  if (
    assess(answers) !== 'lawful' ||
    answers.collection_after_agreement === 'continuing_pressure'
  ) {
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
