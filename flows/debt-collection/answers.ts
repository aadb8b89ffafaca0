// Source: shared/spec/decision-model.md §Answers: one flat object, question id -> option id(s).
import * as z from 'zod/mini';
import {
  QUESTIONS,
  QUESTION_IDS,
  exclusiveOptionsOf,
  isQuestionId,
  type OptionId,
  type QuestionId,
} from './questions';

type AnswerValue<Q extends QuestionId> = (typeof QUESTIONS)[Q]['kind'] extends 'many'
  ? OptionId<Q>[]
  : OptionId<Q>;

/** A session's answers. Every key optional: a session in progress has only some. */
export type Answers = { [Q in QuestionId]?: AnswerValue<Q> };

/** Why one answer was refused. `field` is the question id (or '' for the whole object). */
export interface AnswerProblem {
  readonly field: string;
  readonly code:
    | 'not_an_object'
    | 'unknown_question'
    | 'unknown_option'
    | 'expected_one'
    | 'expected_list'
    | 'empty_list'
    | 'duplicate_option'
    | 'exclusive_option';
  /** The offending option, where there is one (never the user's free text: there is none). */
  readonly option?: string;
}

function schemaFor(question: QuestionId): z.ZodMiniType {
  const def = QUESTIONS[question];
  const option = z.enum(def.options as unknown as [string, ...string[]]);
  if (def.kind === 'one') return option;
  const exclusive = exclusiveOptionsOf(question);
  return z.array(option).check(
    z.minLength(1),
    z.refine((list) => new Set(list).size === list.length, { message: 'duplicate_option' }),
    z.refine((list) => list.length === 1 || !list.some((o) => exclusive.includes(o)), {
      message: 'exclusive_option',
    }),
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

/** Checks one answer to one question; returns the problem, or null when it is valid. */
export function checkAnswer(question: QuestionId, value: unknown): AnswerProblem | null {
  const def = QUESTIONS[question];
  if (def.kind === 'one' && Array.isArray(value)) return { field: question, code: 'expected_one' };
  if (def.kind === 'many' && !Array.isArray(value))
    return { field: question, code: 'expected_list' };
  const result = AnswerSchemas[question].safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_small') return { field: question, code: 'empty_list' };
  if (issue?.code === 'custom') {
    const code = issue.message === 'duplicate_option' ? 'duplicate_option' : 'exclusive_option';
    const option = code === 'exclusive_option' ? exclusiveOptionsOf(question)[0] : undefined;
    return option === undefined ? { field: question, code } : { field: question, code, option };
  }
  const bad: unknown = Array.isArray(value)
    ? (value as unknown[])[Number(issue?.path[0] ?? 0)]
    : value;
  return { field: question, code: 'unknown_option', option: describeValue(bad) };
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 60) : typeof value;
}

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
    if (problem) problems.push(problem);
    else answers[field] = value;
  }
  // The per-question checks above are the schema; this confirms the assembled object agrees.
  return { answers: AnswersSchema.parse(answers), problems };
}

/** One clear English line naming the field, for the `plan` command and logs. */
export function describeProblem(problem: AnswerProblem): string {
  const where = problem.field === '' ? 'answers' : `"${problem.field}"`;
  switch (problem.code) {
    case 'not_an_object':
      return 'answers: expected a JSON object of question id -> option id';
    case 'unknown_question':
      return `${where}: unknown question id`;
    case 'unknown_option':
      return `${where}: unknown option "${problem.option ?? ''}"`;
    case 'expected_one':
      return `${where}: expected one option id, got a list`;
    case 'expected_list':
      return `${where}: expected a list of option ids`;
    case 'empty_list':
      return `${where}: choose at least one option`;
    case 'duplicate_option':
      return `${where}: an option is listed twice`;
    case 'exclusive_option':
      return `${where}: "${problem.option ?? ''}" cannot be combined with another option`;
  }
}

/** The options chosen for a question, as a list for one-choice and many-choice alike. */
export function chosenOptions(answers: Answers, question: QuestionId): readonly string[] {
  const value: unknown = answers[question];
  if (Array.isArray(value)) return value as string[];
  return typeof value === 'string' ? [value] : [];
}
