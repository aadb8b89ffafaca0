// Back and Forward in the browser reach a question the way a person would: Back along the trail,
// or Continue with the answers already given; never by answering anything new.
import fc from 'fast-check';
import {
  currentQuestion,
  initialSnapshot,
  replay,
  step,
} from '../../flows/debt-collection/position';
import { stepsToPlace, stepsToward } from '../../src/app/flow-steps';
import { answerInTurn } from '../support/drive';
import { answersArb } from '../support/arbitraries';
import { WRITTEN_KEPT } from '../support/fixtures';

describe('steps toward a question', () => {
  it('go back to any question answered, and forward again to where the flow stood', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), (answers, pick) => {
        const flow = answerInTurn(answers);
        const trail = flow.context.trail;
        fc.pre(trail.length > 0);
        const target = trail[pick % trail.length] ?? 'debt_type';
        const back = stepsToward(flow, target);
        expect(back?.every((e) => e.type === 'nav.back')).toBe(true);
        const there = (back ?? []).reduce(step, flow);
        expect(currentQuestion(there)).toBe(target);
        const forward = stepsToward(there, currentQuestion(flow));
        expect(forward?.every((e) => e.type === 'answer.submit')).toBe(true);
        const again = (forward ?? []).reduce(step, there);
        expect(currentQuestion(again)).toBe(currentQuestion(flow));
        expect(again.context.trail).toEqual(trail);
      }),
      { numRuns: 200 },
    );
  });

  it('are none where the flow already stands', () => {
    expect(stepsToward(replay(WRITTEN_KEPT), null)).toEqual([]);
    expect(stepsToward(initialSnapshot(), 'debt_type')).toEqual([]);
  });

  it('cannot reach a question off the path, or the result with questions unanswered', () => {
    // A written agreement that is kept never asks whether the person can repay.
    expect(stepsToward(replay(WRITTEN_KEPT), 'can_repay')).toBeNull();
    expect(stepsToward(replay({ debt_type: 'bank_loan' }), null)).toBeNull();
  });

  it('reach a later question after a change, through the answers kept', () => {
    const done = replay(WRITTEN_KEPT);
    const editing = step(done, { type: 'nav.edit', question: 'collector' });
    const steps = stepsToward(editing, 'legal_action');
    expect(steps).not.toBeNull();
    expect(currentQuestion((steps ?? []).reduce(step, editing))).toBe('legal_action');
  });
});

describe('steps toward a place', () => {
  it('leave the flow alone for the start screen and the review', () => {
    const midway = replay({ debt_type: 'bank_loan', debt_recognised: 'yes' });
    expect(stepsToPlace(midway, { screen: 'start' })).toEqual([]);
    expect(stepsToPlace(midway, { screen: 'review' })).toEqual([]);
  });

  it('bring the flow to the result for the result and the take-away screens', () => {
    const done = replay(WRITTEN_KEPT);
    const back = step(done, { type: 'nav.back' });
    for (const screen of ['result', 'letters', 'evidence'] as const) {
      const steps = stepsToPlace(back, { screen });
      expect(currentQuestion((steps ?? []).reduce(step, back))).toBeNull();
    }
  });
});
