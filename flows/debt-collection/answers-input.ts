// Answers from outside the app (a saved session, a share link, the plan command) are read
// through zod schemas built from the catalogue. Where a value fails, checkAnswer names the problem.
import * as z from 'zod/mini';
import {
  breaksExclusivity,
  checkAnswer,
  hasDuplicates,
  type AnswerProblem,
  type Answers,
} from './answers';
import {
  QUESTION_IDS,
  exclusiveOptionsOf,
  isQuestionId,
  optionsOf,
  questionKind,
  type QuestionId,
} from './questions';

function schemaFor(question: QuestionId): z.ZodMiniType {
  const option = z.enum(optionsOf(question) as [string, ...string[]]);
  if (questionKind(question) === 'one') return option;
  const exclusive = exclusiveOptionsOf(question);
  return z.array(option).check(
    z.minLength(1),
    z.refine((list) => !hasDuplicates(list)),
    z.refine((list) => !breaksExclusivity(exclusive, list)),
  );
}

/** One zod schema per question, built from the catalogue. */
export const AnswerSchemas = Object.fromEntries(
  QUESTION_IDS.map((q) => [q, schemaFor(q)]),
) as Record<QuestionId, z.ZodMiniType>;

/** The whole answers object: unknown question ids are refused. */
export const AnswersSchema = z.strictObject(
  Object.fromEntries(QUESTION_IDS.map((q) => [q, z.optional(AnswerSchemas[q])])),
);

const ObjectSchema = z.record(z.string(), z.unknown());

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
  const object = ObjectSchema.safeParse(input);
  if (!object.success || Array.isArray(input)) {
    return { answers: {}, problems: [{ field: '', code: 'not_an_object' }] };
  }
  const answers: Record<string, unknown> = {};
  const problems: AnswerProblem[] = [];
  for (const [field, value] of Object.entries(object.data)) {
    if (!isQuestionId(field)) {
      problems.push({ field: field.slice(0, 60), code: 'unknown_question' });
    } else if (AnswerSchemas[field].safeParse(value).success) {
      answers[field] = value;
    } else {
      problems.push(checkAnswer(field, value) ?? { field, code: 'unknown_option' });
    }
  }
  // Each value passed its schema above; this confirms the assembled object agrees.
  return { answers: AnswersSchema.parse(answers), problems };
}
