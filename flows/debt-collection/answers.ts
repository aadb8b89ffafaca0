// Source: shared/spec/decision-model.md §Answers: one flat object, question id -> option id(s).
// The rules an answer must keep, read from the catalogue. Plain code: the machine and the question
// screen check every answer with it, so it is on the first screen (zod is not: see parse-answers.ts,
// which reads answers from outside the app).
import {
  exclusiveOptionsOf,
  optionsOf,
  questionKind,
  type OptionId,
  type QUESTIONS,
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

/** Checks one answer to one question against the catalogue; the problem, or null when valid. */
export function checkAnswer(question: QuestionId, value: unknown): AnswerProblem | null {
  const options = optionsOf(question);
  if (questionKind(question) === 'one') {
    if (Array.isArray(value)) return { field: question, code: 'expected_one' };
    return isOption(options, value) ? null : unknownOption(question, value);
  }
  if (!Array.isArray(value)) return { field: question, code: 'expected_list' };
  const list = value as unknown[];
  if (list.length === 0) return { field: question, code: 'empty_list' };
  const unknown = list.findIndex((option) => !isOption(options, option));
  if (unknown !== -1) return unknownOption(question, list[unknown]);
  if (hasDuplicates(list)) return { field: question, code: 'duplicate_option' };
  const exclusive = exclusiveOptionsOf(question);
  if (breaksExclusivity(exclusive, list)) {
    // The exclusive option this list actually holds (a question may have more than one).
    const option = list.find((o): o is string => exclusive.includes(o as string));
    return option === undefined
      ? { field: question, code: 'exclusive_option' }
      : { field: question, code: 'exclusive_option', option };
  }
  return null;
}

function isOption(options: readonly string[], value: unknown): value is string {
  return typeof value === 'string' && options.includes(value);
}

export function hasDuplicates(list: readonly unknown[]): boolean {
  return new Set(list).size !== list.length;
}

/** An exclusive option ("reminders only") cannot be combined with any other. */
export function breaksExclusivity(exclusive: readonly string[], list: readonly unknown[]) {
  return list.length > 1 && list.some((option) => exclusive.includes(option as string));
}

function unknownOption(question: QuestionId, value: unknown): AnswerProblem {
  const option = typeof value === 'string' ? value.slice(0, 60) : typeof value;
  return { field: question, code: 'unknown_option', option };
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
