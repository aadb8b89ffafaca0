// Source: shared/spec/decision-model.md. Routing only: which question comes next, going back,
// editing an earlier answer, restarting. Policy (actions) lives in actions.ts; words in locales/.
import { and, assign, setup } from 'xstate';
import { checkAnswer, type Answers } from './answers';
import { QUESTION_IDS, type QuestionId } from './questions';
import { FIRST_QUESTION, ROUTES } from './routes';

export type FlowEvent =
  | { type: 'answer.submit'; question: QuestionId; value: unknown }
  | { type: 'nav.back' }
  | { type: 'nav.edit'; question: QuestionId }
  | { type: 'flow.restart' }
  | { type: 'session.load'; answers: Answers };

/**
 * ask: wait for each answer. edit: the person is changing one answer from the review.
 * skip: after that change (or a loaded session), pass every question that already has an answer,
 * stopping at the first one that is new.
 */
export type FlowMode = 'ask' | 'edit' | 'skip';

export interface FlowContext {
  /** Every answer given in this session, on the path or not, so returning pre-fills it. */
  readonly answers: Answers;
  /** The questions answered on the path taken, in order: back, progress and pruning read it. */
  readonly trail: readonly QuestionId[];
  readonly mode: FlowMode;
}

const EMPTY: FlowContext = { answers: {}, trail: [], mode: 'ask' };

/** The answers with the one in the event applied: guards run before actions. */
function answersSeen(context: FlowContext, event: FlowEvent): Answers {
  if (event.type !== 'answer.submit') return context.answers;
  return { ...context.answers, [event.question]: event.value };
}

function submitted(question: QuestionId, index: number) {
  return and([
    { type: 'isValidAnswerTo', params: { question } },
    { type: 'routeApplies', params: { question, index } },
  ]);
}

function kept(question: QuestionId, index: number) {
  return and([
    'isSkipping',
    { type: 'hasValidAnswer', params: { question } },
    { type: 'routeApplies', params: { question, index } },
  ]);
}

export const debtCollectionFlow = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    tags: {} as 'question' | 'result',
  },
  guards: {
    isValidAnswerTo: ({ event }, params: { question: QuestionId }) =>
      event.type === 'answer.submit' &&
      event.question === params.question &&
      checkAnswer(params.question, event.value) === null,
    hasValidAnswer: ({ context }, params: { question: QuestionId }) =>
      context.answers[params.question] !== undefined &&
      checkAnswer(params.question, context.answers[params.question]) === null,
    routeApplies: ({ context, event }, params: { question: QuestionId; index: number }) =>
      ROUTES[params.question][params.index]?.when?.(answersSeen(context, event)) ?? true,
    isSkipping: ({ context }) => context.mode === 'skip',
    isLastOnTrail: ({ context }, params: { question: QuestionId }) =>
      context.trail.at(-1) === params.question,
    isEditTarget: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'nav.edit' &&
      event.question === params.question &&
      context.trail.includes(params.question),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => ({
      answers: answersSeen(context, event),
      mode: context.mode === 'ask' ? ('ask' as const) : ('skip' as const),
    })),
    advance: assign(({ context }, params: { question: QuestionId }) => ({
      trail: [...context.trail, params.question],
    })),
    popTrail: assign(({ context }) => ({
      trail: context.trail.slice(0, -1),
      mode: 'ask' as const,
    })),
    truncateTrailBefore: assign(({ context }, params: { question: QuestionId }) => ({
      trail: context.trail.slice(0, context.trail.indexOf(params.question)),
      mode: 'edit' as const,
    })),
    loadAnswers: assign(({ event }) =>
      event.type === 'session.load'
        ? { answers: event.answers, trail: [], mode: 'skip' as const }
        : {},
    ),
    stopSkipping: assign({ mode: 'ask' as const }),
    clearAnswers: assign(EMPTY),
  },
}).createMachine({
  id: 'debtCollection',
  initial: FIRST_QUESTION,
  context: EMPTY,
  on: {
    'flow.restart': { target: `.${FIRST_QUESTION}`, actions: 'clearAnswers' },
    'session.load': { target: `.${FIRST_QUESTION}`, actions: 'loadAnswers', reenter: true },
    'nav.back': QUESTION_IDS.map((question) => ({
      guard: { type: 'isLastOnTrail', params: { question } },
      target: `.${question}`,
      actions: 'popTrail',
    })),
    'nav.edit': QUESTION_IDS.map((question) => ({
      guard: { type: 'isEditTarget', params: { question } },
      target: `.${question}`,
      actions: { type: 'truncateTrailBefore', params: { question } },
    })),
  },
  states: {
    ...Object.fromEntries(
      QUESTION_IDS.map((question) => [
        question,
        {
          tags: 'question' as const,
          // In skip mode an answer already given is taken again, by the same routes.
          always: ROUTES[question].map((route, index) => ({
            guard: kept(question, index),
            target: route.to,
            actions: { type: 'advance', params: { question } },
          })),
          on: {
            'answer.submit': ROUTES[question].map((route, index) => ({
              guard: submitted(question, index),
              target: route.to,
              actions: ['recordAnswer', { type: 'advance', params: { question } }],
            })),
          },
        },
      ]),
    ),
    // Not type: 'final': a finished actor would ignore back, edit and restart.
    result: { tags: 'result' as const, entry: 'stopSkipping' },
  },
});
