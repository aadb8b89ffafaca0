// The whole plan as plain text, for a chat message or a note: every action with its reasons,
// steps, phone numbers written out, evidence and the names of the rules it rests on.
import type { TFunction } from 'i18next';
import { chosenOptions, type Answers } from '../../../flows/debt-collection/answers';
import { shownAssessment } from '../../../flows/debt-collection/assessment';
import { FACTS_CHECKED_ON, phoneOf } from '../../../flows/debt-collection/legal-facts';
import type { QuestionId } from '../../../flows/debt-collection/questions';
import type { Plan } from '../../../flows/debt-collection/plan';
import { groupByPriority } from '../../../flows/debt-collection/priorities';
import { actionText, factText, hotlineLabel, optionLabel, questionText } from '../../i18n/keys';

type CompletePlan = Extract<Plan, { complete: true }>;

export function planAsText(
  t: TFunction,
  plan: CompletePlan,
  answers: Answers,
  madeOn: string,
): string {
  const colon = t(($) => $.takeaway.text.colon);
  const separator = t(($) => $.takeaway.text.separator);
  const heading = (title: string) => t(($) => $.takeaway.text.heading, { title });
  const lines: string[] = [
    t(($) => $.takeaway.text.title),
    t(($) => $.takeaway.text.made_on, { date: madeOn }),
    '',
  ];
  // Never the "lawful" reassurance beside a scam warning (decision model, change 7).
  const shown = shownAssessment(plan.assessment, plan.scam_risk);
  lines.push(
    `${t(($) => $.result.assessment_label)}${colon}${t(($) => $.assessment[shown].title)}`,
  );
  lines.push(t(($) => $.assessment[shown].body));
  if (plan.scam_risk) {
    lines.push(
      '',
      `⚠ ${t(($) => $.assessment.scam.title)}`,
      t(($) => $.assessment.scam.body),
    );
  }
  for (const { priority, actions } of groupByPriority(plan.actions)) {
    lines.push(
      '',
      `${heading(t(($) => $.result.group[priority]))}${t(($) => $.result.group_hint[priority])}`,
    );
    actions.forEach((action, index) => {
      const text = actionText(t, action.id);
      lines.push('', `${index + 1}. ${text.title}`);
      lines.push(`${t(($) => $.result.because)}${colon}`);
      for (const reason of action.because) lines.push(`  - ${text.why[reason.id] ?? ''}`);
      for (const detail of action.details) lines.push(`  ${text.detail?.[detail] ?? ''}`);
      lines.push(`${t(($) => $.result.steps)}${colon}`);
      text.steps.forEach((step, n) => lines.push(`  ${n + 1}) ${step}`));
      if (action.contacts.length > 0) {
        lines.push(`${t(($) => $.result.contact)}${colon}`);
        if (text.contact) lines.push(`  ${text.contact}`);
        for (const fact of action.contacts) {
          const number = phoneOf(fact);
          if (number === undefined) continue;
          lines.push(`  - ${hotlineLabel(t, fact)}`);
        }
      }
      lines.push(`${t(($) => $.result.evidence)}${colon}${text.evidence}`);
      const basis = action.cites.map((fact) => factText(t, fact).name);
      lines.push(`${t(($) => $.result.legal_basis)}${colon}${basis.join(separator)}`);
    });
  }
  lines.push('', heading(t(($) => $.review.heading)));
  for (const question of plan.path) {
    lines.push(`- ${answerLine(t, question, answers, colon, separator)}`);
  }
  lines.push(
    '',
    t(($) => $.result.checked, { date: FACTS_CHECKED_ON }),
    t(($) => $.result.disclaimer),
  );
  return lines.join('\n');
}

function answerLine(
  t: TFunction,
  question: QuestionId,
  answers: Answers,
  colon: string,
  separator: string,
): string {
  const chosen = chosenOptions(answers, question);
  const labels = chosen.map((option) => optionLabel(t, question, option));
  return `${questionText(t, question).title}${colon}${labels.join(separator)}`;
}
