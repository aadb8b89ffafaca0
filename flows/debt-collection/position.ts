// Where a snapshot stands in the flow: the question on screen, the answers on the path, progress.
// Kept apart from plan.ts (which adds the plan) so the first screen does not load the rule table.
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { Answers } from './answers';
import { debtCollectionFlow, type FlowContext, type FlowEvent } from './machine';
import { optionsOf, questionKind, type QuestionId } from './questions';
import { routeFrom, type NodeId } from './routes';

export type FlowSnapshot = SnapshotFrom<typeof debtCollectionFlow>;

export function initialSnapshot(): FlowSnapshot {
  return initialTransition(debtCollectionFlow)[0];
}

/** Sends one event to a snapshot without an actor (pure). */
export function step(snapshot: FlowSnapshot, event: FlowEvent): FlowSnapshot {
  return transition(debtCollectionFlow, snapshot, event)[0];
}

/** Loads answers into a fresh flow: it stops at the first question on the path without one. */
export function replay(answers: Answers): FlowSnapshot {
  return step(initialSnapshot(), { type: 'session.load', answers });
}

/** The question on screen, or null on the result. */
export function currentQuestion(snapshot: FlowSnapshot): QuestionId | null {
  return snapshot.hasTag('question') ? (snapshot.value as QuestionId) : null;
}

export function isComplete(snapshot: FlowSnapshot): boolean {
  return snapshot.hasTag('result');
}

/** Only the answers to questions on the path taken count. */
export function onPathAnswers(context: FlowContext): Answers {
  const answers: Record<string, unknown> = {};
  for (const question of context.trail) answers[question] = context.answers[question];
  return answers;
}

/**
 * "Question n of about m": the questions answered, plus those still ahead if every unanswered
 * question took its first option. Counted along the routes the machine is built from: running the
 * machine itself here cost milliseconds per tap on a slow phone.
 */
export function progressOf(snapshot: FlowSnapshot): { position: number; estimatedTotal: number } {
  const position = snapshot.context.trail.length + 1;
  const assumed: Record<string, unknown> = { ...snapshot.context.answers };
  let count = snapshot.context.trail.length;
  let node: NodeId | null = currentQuestion(snapshot);
  while (node !== null && node !== 'result') {
    count++;
    assumed[node] ??= firstOptionOf(node);
    node = routeFrom(node, assumed);
  }
  return { position, estimatedTotal: Math.max(position, count) };
}

function firstOptionOf(question: QuestionId): unknown {
  const first = optionsOf(question)[0];
  return questionKind(question) === 'many' ? [first] : first;
}
