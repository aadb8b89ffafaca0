// Random event sequences, including going back and changing answers: the plan always equals the
// plan computed from the final on-path answers alone.
import fc from 'fast-check';
import { planFor, planOf } from '../../flows/debt-collection/plan';
import {
  currentQuestion,
  initialSnapshot,
  isComplete,
  onPathAnswers,
  progressOf,
  step,
  type FlowSnapshot,
} from '../../flows/debt-collection/position';
import { expectedQuestions } from '../support/oracle';
import { answerInTurn } from '../support/drive';
import { answersArb, eventArb, valueArb } from '../support/arbitraries';
import { QUESTIONS, type QuestionId } from '../../flows/debt-collection/questions';

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

/** The progress estimate by running the machine itself: reload the answers, then first options. */
function estimateByMachine(snapshot: FlowSnapshot): number {
  let probe = step(snapshot, { type: 'session.load', answers: snapshot.context.answers });
  for (let guard = 0; guard < 50 && !isComplete(probe); guard++) {
    const question = currentQuestion(probe);
    if (question === null) break;
    const first = QUESTIONS[question].options[0];
    const value = QUESTIONS[question].kind === 'many' ? [first] : first;
    probe = step(probe, { type: 'answer.submit', question, value });
  }
  return probe.context.trail.length;
}

describe('the progress estimate', () => {
  it('counts the same questions as running the machine with first options', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const snapshot = events.reduce(step, initialSnapshot());
        const position = snapshot.context.trail.length + 1;
        expect(progressOf(snapshot)).toEqual({
          position,
          estimatedTotal: Math.max(position, estimateByMachine(snapshot)),
        });
      }),
      { numRuns: 400 },
    );
  });
});
