// fast-check arbitraries built from the question catalogue.
import fc from 'fast-check';
import type { Answers } from '../../flows/debt-collection/answers';
import type { FlowEvent } from '../../flows/debt-collection/machine';
import { QUESTIONS, QUESTION_IDS, type QuestionId } from '../../flows/debt-collection/questions';

const others = QUESTIONS.conduct.options.filter((o) => o !== 'reminders_only');

export const conductArb = fc.oneof(
  fc.constant(['reminders_only']),
  fc.subarray(others, { minLength: 1 }),
);

export function valueArb(question: QuestionId): fc.Arbitrary<unknown> {
  return question === 'conduct' ? conductArb : fc.constantFrom(...QUESTIONS[question].options);
}

/** Any answers object: each question answered or not, every value valid. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTION_IDS.map((q) => [q, valueArb(q)])),
  { requiredKeys: [] },
);

const questionArb = fc.constantFrom(...QUESTION_IDS);

/** Any event a person (or a tampered client) could send, valid or not. */
export const eventArb: fc.Arbitrary<FlowEvent> = fc.oneof(
  {
    weight: 6,
    arbitrary: questionArb.chain((question) =>
      valueArb(question).map((value) => ({ type: 'answer.submit' as const, question, value })),
    ),
  },
  {
    weight: 1,
    arbitrary: questionArb.map((question) => ({
      type: 'answer.submit' as const,
      question,
      value: 'nonsense',
    })),
  },
  { weight: 2, arbitrary: fc.constant({ type: 'nav.back' as const }) },
  {
    weight: 2,
    arbitrary: questionArb.map((question) => ({ type: 'nav.edit' as const, question })),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'flow.restart' as const }) },
  {
    weight: 1,
    arbitrary: answersArb.map((answers) => ({ type: 'session.load' as const, answers })),
  },
);
