// Enumerates complete answer sets question by question, following the spec's oracle (not the
// machine), so tests can check the machine and the rule table against every combination.
import type { Answers } from '../../flows/debt-collection/answers';
import { QUESTIONS, type QuestionId } from '../../flows/debt-collection/questions';
import { expectedQuestions } from './oracle';

const CONDUCT = QUESTIONS.conduct.options;

/** Each conduct option alone, and every option but reminders_only together. */
export const CONDUCT_SAMPLES: readonly (readonly string[])[] = [
  ...CONDUCT.map((option) => [option]),
  CONDUCT.filter((option) => option !== 'reminders_only'),
];

/** Every valid conduct answer: reminders_only alone, or any non-empty set of the others. */
export function allConductAnswers(): string[][] {
  const others = CONDUCT.filter((option) => option !== 'reminders_only');
  const sets: string[][] = [['reminders_only']];
  for (let mask = 1; mask < 1 << others.length; mask++) {
    sets.push(others.filter((_, bit) => (mask >> bit) & 1));
  }
  return sets;
}

/** The next question the oracle would ask, or null when the path is complete. */
export function nextExpected(answers: Answers): QuestionId | null {
  return expectedQuestions(answers).find((q) => answers[q] === undefined) ?? null;
}

/** Every complete answer set, with conduct drawn from `conductValues`. */
export function* completeAnswerSets(
  conductValues: readonly (readonly string[])[] = CONDUCT_SAMPLES,
  partial: Answers = {},
): Generator<Answers> {
  const next = nextExpected(partial);
  if (next === null) {
    yield partial;
    return;
  }
  const values: readonly unknown[] = next === 'conduct' ? conductValues : QUESTIONS[next].options;
  for (const value of values) {
    yield* completeAnswerSets(conductValues, { ...partial, [next]: value });
  }
}
