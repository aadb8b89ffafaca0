// Every path through the machine, enumerated with xstate/graph and checked against the spec's
// "asked when" column (tests/support/oracle.ts).
import { transition } from 'xstate';
import { getAdjacencyMap, getSimplePaths } from 'xstate/graph';
import { debtCollectionFlow, type FlowEvent } from '../../flows/debt-collection/machine';
import {
  QUESTIONS,
  QUESTION_IDS,
  exclusiveOptionsOf,
  type QuestionId,
} from '../../flows/debt-collection/questions';
import { planOf } from '../../flows/debt-collection/plan';
import {
  currentQuestion,
  onPathAnswers,
  type FlowSnapshot,
} from '../../flows/debt-collection/position';
import { CONDUCT_SAMPLES } from '../support/answer-space';
import { expectedQuestions } from '../support/oracle';

/** Every option of the current question, plus answers the machine must refuse. */
function answerEvents(snapshot: FlowSnapshot): FlowEvent[] {
  const question = currentQuestion(snapshot);
  if (question === null) return [];
  const values: unknown[] =
    question === 'conduct'
      ? [...CONDUCT_SAMPLES, [], ['reminders_only', 'threats'], 'threats']
      : [...QUESTIONS[question].options, 'no_such_option', [QUESTIONS[question].options[0]]];
  return values.map((value) => ({ type: 'answer.submit', question, value }));
}

/** A graph node: the question on screen and the answers that change routing. */
function routingNode(snapshot: FlowSnapshot): string {
  const { answers } = snapshot.context;
  const rateClass = ['online_lender', 'private_lender', 'unknown', 'unlicensed_online'].includes(
    answers.debt_type ?? '',
  );
  return JSON.stringify([
    snapshot.value,
    answers.debt_type === undefined ? null : rateClass,
    answers.debt_recognised === undefined ? null : answers.debt_recognised === 'not_mine',
    answers.agreement === undefined ? null : answers.agreement === 'none',
    answers.keeping_agreement === undefined ? null : answers.keeping_agreement === 'yes',
  ]);
}

const next = (s: FlowSnapshot, e: FlowEvent) => transition(debtCollectionFlow, s, e)[0];

/** Keeps one event per distinct next node, so each path is one route, not one per option. */
function firstEventPerRoute(snapshot: FlowSnapshot, event: FlowEvent): boolean {
  const target = routingNode(next(snapshot, event));
  if (target === routingNode(snapshot)) return false;
  const firstToTarget = answerEvents(snapshot).find(
    (e) => routingNode(next(snapshot, e)) === target,
  );
  return JSON.stringify(firstToTarget) === JSON.stringify(event);
}

const traversal = { events: answerEvents, serializeState: routingNode };
const adjacency = getAdjacencyMap(debtCollectionFlow, traversal) as Record<
  string,
  { state: FlowSnapshot; transitions: Record<string, { event: FlowEvent; state: FlowSnapshot }> }
>;
const routes = getSimplePaths(debtCollectionFlow, {
  ...traversal,
  filterEvents: firstEventPerRoute,
  toState: (s) => s.hasTag('result'),
});

describe('every route through the flow', () => {
  it('enumerates the routes', () => {
    console.info(`paths: ${routes.length} routes through the flow (xstate/graph simple paths)`);
    // Rate question asked or not × (debt denied | no agreement | agreement kept | not kept).
    expect(routes.length).toBe(8);
  });

  it.each(routes.map((path) => [path.state.context.trail.join(' > '), path] as const))(
    '%s',
    (_, path) => {
      const answers = onPathAnswers(path.state.context);
      expect(path.state.context.trail).toEqual(expectedQuestions(answers));
      // Every route ends on a plan with something to do today or this week, each action cited.
      const plan = planOf(path.state);
      const actions = plan.complete ? plan.actions : [];
      expect(actions.filter((a) => a.priority !== 'ongoing').length).toBeGreaterThan(0);
      expect(actions.filter((a) => a.cites.length === 0).map((a) => a.id)).toEqual([]);
    },
  );
});

describe('the graph of every answer to every question', () => {
  const nodes = Object.values(adjacency);

  it('reaches every state of the machine', () => {
    const reached = new Set(nodes.map((node) => String(node.state.value)));
    expect([...reached].sort()).toEqual([...QUESTION_IDS, 'result'].sort());
  });

  it('sends every valid answer where the spec says, and refuses every invalid one', () => {
    let edges = 0;
    for (const node of nodes) {
      const question = currentQuestion(node.state);
      if (question === null) continue;
      for (const { event, state } of Object.values(node.transitions)) {
        if (event.type !== 'answer.submit') continue;
        edges++;
        const refused = String(state.value) === question;
        const valid = isValid(question, event.value);
        expect(refused).toBe(!valid);
        if (!valid) {
          expect(state.context).toEqual(node.state.context);
          continue;
        }
        const answers = onPathAnswers(state.context);
        const expected = expectedQuestions(answers);
        const nextQuestion = expected[expected.indexOf(question) + 1] ?? 'result';
        expect(state.value).toBe(nextQuestion);
      }
    }
    console.info(`paths: ${nodes.length} graph nodes, ${edges} answer edges checked`);
  });

  it('leaves every route on a result: no dead ends', () => {
    for (const node of nodes) {
      if (node.state.hasTag('result')) continue;
      const moves = Object.values(node.transitions).filter(
        (t) => t.state.value !== node.state.value,
      );
      expect(moves.length).toBeGreaterThan(0);
    }
  });
});

function isValid(question: QuestionId, value: unknown): boolean {
  const options: readonly unknown[] = QUESTIONS[question].options;
  if (QUESTIONS[question].kind === 'one') return options.includes(value);
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => options.includes(v)) &&
    (value.length === 1 || !value.some((v) => exclusiveOptionsOf(question).includes(v as string)))
  );
}
