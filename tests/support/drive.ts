// Helpers that drive the real machine the way the UI does: one event at a time.
import type { Answers } from '../../flows/debt-collection/answers';
import type { FlowEvent } from '../../flows/debt-collection/machine';
import {
  currentQuestion,
  initialSnapshot,
  step,
  type FlowSnapshot,
} from '../../flows/debt-collection/position';

/** Answers each question the machine asks, in turn, from `answers`; stops at the first gap. */
export function answerInTurn(
  answers: Answers,
  from: FlowSnapshot = initialSnapshot(),
): FlowSnapshot {
  let snapshot = from;
  for (
    let question = currentQuestion(snapshot);
    question !== null;
    question = currentQuestion(snapshot)
  ) {
    const value = answers[question];
    if (value === undefined) break;
    snapshot = step(snapshot, { type: 'answer.submit', question, value });
  }
  return snapshot;
}

export function sendAll(
  events: readonly FlowEvent[],
  from: FlowSnapshot = initialSnapshot(),
): FlowSnapshot {
  return events.reduce(step, from);
}
