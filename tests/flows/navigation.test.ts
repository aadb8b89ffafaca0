// Back, edit, restart and loading a session: all derived from the trail of answered questions.
import { debtCollectionFlow } from '../../flows/debt-collection/machine';
import {
  currentQuestion,
  isComplete,
  onPathAnswers,
  progressOf,
  replay,
  step,
} from '../../flows/debt-collection/position';
import { createActor } from 'xstate';
import { answerInTurn } from '../support/drive';
import { WRITTEN_KEPT } from '../support/fixtures';

describe('nav.back', () => {
  it('returns from the result to the last question and keeps its answer for pre-fill', () => {
    const done = answerInTurn(WRITTEN_KEPT);
    const back = step(done, { type: 'nav.back' });
    expect(back.value).toBe('wellbeing');
    expect(back.context.trail).not.toContain('wellbeing');
    expect(back.context.answers.wellbeing).toBe('coping');
  });
  it('does nothing on the first question', () => {
    const start = answerInTurn({});
    expect(step(start, { type: 'nav.back' }).value).toBe('debt_type');
  });
  it('walks back through exactly the questions on the path', () => {
    let snapshot = answerInTurn(WRITTEN_KEPT);
    const visited: string[] = [];
    while (snapshot.context.trail.length > 0) {
      snapshot = step(snapshot, { type: 'nav.back' });
      visited.push(String(snapshot.value));
    }
    expect(visited.reverse()).toEqual([
      'debt_type',
      'debt_recognised',
      'collector',
      'conduct',
      'agreement',
      'keeping_agreement',
      'collection_after_agreement',
      'rate_concern',
      'legal_action',
      'wellbeing',
    ]);
  });
});

describe('nav.edit', () => {
  it('jumps to an answered question and shows its answer', () => {
    const edited = step(answerInTurn(WRITTEN_KEPT), { type: 'nav.edit', question: 'agreement' });
    expect(edited.value).toBe('agreement');
    expect(edited.context.answers.agreement).toBe('written');
  });
  it('keeps later answers that still apply and asks only what is new', () => {
    let snapshot = step(answerInTurn(WRITTEN_KEPT), {
      type: 'nav.edit',
      question: 'keeping_agreement',
    });
    snapshot = step(snapshot, {
      type: 'answer.submit',
      question: 'keeping_agreement',
      value: 'missed',
    });
    // collection_after_agreement still applies and is kept; can_repay is new.
    expect(snapshot.value).toBe('can_repay');
    expect(snapshot.context.trail).toContain('collection_after_agreement');
    snapshot = step(snapshot, {
      type: 'answer.submit',
      question: 'can_repay',
      value: 'instalments',
    });
    expect(isComplete(snapshot)).toBe(true);
  });
  it('drops answers that are no longer on the path from what counts', () => {
    let snapshot = step(answerInTurn(WRITTEN_KEPT), { type: 'nav.edit', question: 'agreement' });
    snapshot = step(snapshot, { type: 'answer.submit', question: 'agreement', value: 'none' });
    expect(snapshot.value).toBe('can_repay');
    snapshot = step(snapshot, { type: 'answer.submit', question: 'can_repay', value: 'full' });
    expect(isComplete(snapshot)).toBe(true);
    const counted = onPathAnswers(snapshot.context);
    expect(counted.keeping_agreement).toBeUndefined();
    expect(counted.collection_after_agreement).toBeUndefined();
    expect(counted.rate_concern).toBe('no');
  });
  it('refuses a question that is not on the path', () => {
    const done = answerInTurn({ ...WRITTEN_KEPT, agreement: 'none', can_repay: 'full' });
    expect(step(done, { type: 'nav.edit', question: 'keeping_agreement' }).value).toBe('result');
  });
});

describe('flow.restart', () => {
  it('clears every answer and starts again, also from the result', () => {
    const restarted = step(answerInTurn(WRITTEN_KEPT), { type: 'flow.restart' });
    expect(restarted.value).toBe('debt_type');
    expect(restarted.context.answers).toEqual({});
    expect(restarted.context.trail).toEqual([]);
  });
});

describe('session.load', () => {
  it('stops at the first question on the path without an answer', () => {
    const snapshot = replay({
      debt_type: 'bank_loan',
      debt_recognised: 'yes',
      conduct: ['odd_hours'],
    });
    expect(currentQuestion(snapshot)).toBe('collector');
    expect(snapshot.context.trail).toEqual(['debt_type', 'debt_recognised']);
  });
  it('gives a live actor that still goes back and restarts', () => {
    const actor = createActor(debtCollectionFlow).start();
    actor.send({ type: 'session.load', answers: WRITTEN_KEPT });
    expect(actor.getSnapshot().value).toBe('result');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('wellbeing');
    actor.send({ type: 'flow.restart' });
    expect(actor.getSnapshot().value).toBe('debt_type');
    actor.stop();
  });
});

describe('progress', () => {
  it('counts the position from the trail and estimates the rest by the real routes', () => {
    expect(progressOf(answerInTurn({}))).toEqual({ position: 1, estimatedTotal: 8 });
    const afterAgreement = answerInTurn({
      debt_type: 'private_lender',
      debt_recognised: 'yes',
      collector: 'creditor',
      conduct: ['reminders_only'],
      agreement: 'written',
    });
    expect(progressOf(afterAgreement)).toEqual({ position: 6, estimatedTotal: 10 });
  });
});
