// Answers from outside the app (a saved session, a share link, the plan command), read with the
// one answer rule, checkAnswer (answers.ts). Zod checks only the envelopes around them.
import { checkAnswer, type AnswerProblem, type Answers } from './answers';
import { isQuestionId } from './questions';

export type ParsedAnswers =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly problems: readonly AnswerProblem[] };

/** Strict parse: any unknown id or invalid value refuses the whole object. */
export function parseAnswers(input: unknown): ParsedAnswers {
  const { answers, problems } = salvageAnswers(input);
  return problems.length === 0 ? { ok: true, answers } : { ok: false, problems };
}

/** Tolerant parse: keeps every valid answer and reports the rest. Never throws. */
export function salvageAnswers(input: unknown): { answers: Answers; problems: AnswerProblem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { answers: {}, problems: [{ field: '', code: 'not_an_object' }] };
  }
  const answers: Record<string, unknown> = {};
  const problems: AnswerProblem[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (!isQuestionId(field)) {
      problems.push({ field: field.slice(0, 60), code: 'unknown_question' });
      continue;
    }
    const problem = checkAnswer(field, value);
    if (problem === null) answers[field] = value;
    else problems.push(problem);
  }
  // Every kept value passed checkAnswer for its own question.
  return { answers, problems };
}
