// A small set of complete answer sets that takes every route through the flow and, on each route,
// every option of every question asked there (conduct: each option alone, and all together).
import type { Answers } from '../../flows/debt-collection/answers';
import { QUESTIONS, type QuestionId } from '../../flows/debt-collection/questions';
import { CONDUCT_SAMPLES, completeAnswerSets } from './answer-space';
import { expectedQuestions } from './oracle';

export const routeOf = (answers: Answers) => expectedQuestions(answers).join('>');

/** Drops answers the path does not ask (the oracle's path, not the machine's). */
function onPath(answers: Answers): Answers {
  const asked = expectedQuestions(answers);
  return Object.fromEntries(
    Object.entries(answers).filter(([q]) => asked.includes(q as QuestionId)),
  );
}

/**
 * One answer set per route (the questions that change routing left open, the rest fixed), then,
 * on each route, each option of each question it asks that keeps that route.
 */
export function routeCoveringSets(): Answers[] {
  const fixed: Answers = {
    collector: 'creditor',
    conduct: ['reminders_only'],
    legal_action: 'none',
    wellbeing: 'coping',
  };
  const representatives = new Map<string, Answers>();
  for (const answers of completeAnswerSets([['reminders_only']], fixed)) {
    const complete = onPath(answers);
    if (!representatives.has(routeOf(complete))) representatives.set(routeOf(complete), complete);
  }
  const sets: Answers[] = [];
  for (const [route, base] of representatives) {
    for (const question of expectedQuestions(base)) {
      const values: readonly unknown[] =
        question === 'conduct' ? CONDUCT_SAMPLES : QUESTIONS[question].options;
      for (const value of values) {
        const variant: Answers = { ...base, [question]: value };
        if (routeOf(variant) === route) sets.push(variant);
      }
    }
  }
  return sets;
}
