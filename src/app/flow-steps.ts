// The browser's Back and Forward, and a reload, name a question (or the result) to return to.
// The flow gets there the way a person would: Back along the questions already answered, or
// Continue with the answers already given. Nothing is ever answered for the person.
import type { FlowEvent } from '../../flows/debt-collection/machine';
import { currentQuestion, step, type FlowSnapshot } from '../../flows/debt-collection/position';
import { QUESTION_IDS, type QuestionId } from '../../flows/debt-collection/questions';
import { MONEY_SCREENS, type Place } from './guide-state';

/** A question, or null for the result. */
export type FlowTarget = QuestionId | null;

const BACK: FlowEvent = { type: 'nav.back' };

/** Back steps to a question on the trail; null when it is not on it. */
function backTo(flow: FlowSnapshot, target: FlowTarget): FlowEvent[] | null {
  const at = target === null ? -1 : flow.context.trail.indexOf(target);
  return at < 0 ? null : new Array<FlowEvent>(flow.context.trail.length - at).fill(BACK);
}

/**
 * The events that bring `flow` to `target`, or null when it cannot get there with the answers it
 * holds (a question off the current path, or the result with questions still unanswered).
 */
export function stepsToward(flow: FlowSnapshot, target: FlowTarget): readonly FlowEvent[] | null {
  if (currentQuestion(flow) === target) return [];
  const back = backTo(flow, target);
  if (back) return back;
  const forward: FlowEvent[] = [];
  let at = flow;
  // Each step answers one more question, so this ends within the catalogue's length.
  for (let guard = 0; guard < QUESTION_IDS.length; guard++) {
    const question = currentQuestion(at);
    const value = question === null ? undefined : at.context.answers[question];
    if (question === null || value === undefined) return null;
    const submit: FlowEvent = { type: 'answer.submit', question, value };
    const next = step(at, submit);
    if (next.context.trail.length <= at.context.trail.length) return null;
    forward.push(submit);
    at = next;
    if (currentQuestion(at) === target) return forward;
    // After an edit or a load, one answer may pass several kept ones: the target is then behind.
    const behind = backTo(at, target);
    if (behind) return [...forward, ...behind];
  }
  return null;
}

/** The steps to a place: none for the start screen, the review and the money screens, which
 * show any flow. */
export function stepsToPlace(flow: FlowSnapshot, place: Place): readonly FlowEvent[] | null {
  if (place.screen === 'start' || place.screen === 'review') return [];
  if ((MONEY_SCREENS as readonly string[]).includes(place.screen)) return [];
  return stepsToward(flow, place.screen === 'question' ? place.question : null);
}
