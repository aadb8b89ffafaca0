// Random event sequences, including going back and changing answers: the plan always equals the
// plan computed from the final on-path answers alone.
import fc from 'fast-check';
import {
  currentQuestion,
  initialSnapshot,
  onPathAnswers,
  planFor,
  planOf,
  step,
} from '../../flows/debt-collection/replay';
import { expectedQuestions } from '../support/oracle';
import { answerInTurn } from '../support/drive';
import { answersArb, eventArb, valueArb } from '../support/arbitraries';
import type { QuestionId } from '../../flows/debt-collection/questions';

describe('the machine under random events', () => {
  it('always plans from the on-path answers alone', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const snapshot = events.reduce(step, initialSnapshot());
        const answers = onPathAnswers(snapshot.context);
        expect(planOf(snapshot)).toEqual(planFor(answers));
        // the trail is always a prefix of the path the spec asks for those answers
        expect(expectedQuestions(answers).slice(0, snapshot.context.trail.length)).toEqual(
          snapshot.context.trail,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('reaches the result after random edits once every question is answered', () => {
    fc.assert(
      fc.property(answersArb, fc.array(eventArb, { maxLength: 20 }), (answers, events) => {
        let snapshot = events.reduce(step, initialSnapshot());
        for (let guard = 0; guard < 20; guard++) {
          const question: QuestionId | null = currentQuestion(snapshot);
          if (question === null) break;
          const value = answers[question] ?? fc.sample(valueArb(question), 1)[0];
          snapshot = step(snapshot, { type: 'answer.submit', question, value });
        }
        expect(snapshot.hasTag('result')).toBe(true);
        expect(planOf(snapshot).complete).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('replaying saved answers lands where answering them one by one does', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const oneByOne = answerInTurn(answers);
        expect(planFor(answers)).toEqual(planOf(oneByOne));
      }),
      { numRuns: 300 },
    );
  });
});
