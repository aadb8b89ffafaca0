// Which screen the guide shows, and what each of the person's actions does to it. The flow machine
// (flows/debt-collection/machine.ts) decides which question; this one decides the screens around
// it. It never touches the flow, storage or the browser: it emits what should happen to them, and
// src/app/guide-controller.ts carries that out. So it runs, and is graph-tested, as pure data.
import { and, assertEvent, assign, emit, raise, setup } from 'xstate';
import type { Answers } from '../../flows/debt-collection/answers';
import type { FlowEvent } from '../../flows/debt-collection/machine';
import { isComplete, onPathAnswers, type FlowSnapshot } from '../../flows/debt-collection/position';
import type { QuestionId } from '../../flows/debt-collection/questions';
import type { StartupNotice } from '../ui/chrome/StartupNotices';

/** The take-away screens reached from the result. A new one (money, court) is added here. */
export const TOOL_SCREENS = ['letters', 'evidence', 'court'] as const;
export type ToolScreen = (typeof TOOL_SCREENS)[number];

/**
 * The money screens: the debts list, the budget with its offer, a loan's true cost. Open from the
 * start screen as well as from the result, so they show whatever the flow holds; Back returns to
 * the result once there is one, else to the start screen.
 */
export const MONEY_SCREENS = ['debts', 'budget', 'cost'] as const;
export type MoneyScreen = (typeof MONEY_SCREENS)[number];

/** The screens fetched in one chunk when one of them opens (ToolScreens.tsx). */
export type LaterScreen = ToolScreen | MoneyScreen;
export function isLaterScreen(screen: Screen): screen is LaterScreen {
  return (
    (TOOL_SCREENS as readonly Screen[]).includes(screen) ||
    (MONEY_SCREENS as readonly Screen[]).includes(screen)
  );
}

export const SCREENS = [
  'start',
  'question',
  'review',
  'result',
  ...TOOL_SCREENS,
  ...MONEY_SCREENS,
] as const;
export type Screen = (typeof SCREENS)[number];

/** What the browser's history holds for a screen: never an answer. */
export type Place =
  | { readonly screen: 'question'; readonly question: QuestionId }
  | { readonly screen: Exclude<Screen, 'question'> };

/** An edit in progress: what counted before it, so the result can say what no longer does. */
export interface EditOrigin {
  readonly answers: Answers;
  readonly trail: readonly QuestionId[];
}

export interface GuideContext {
  /** The flow as it stands (each change is reported by a flow.moved event). */
  readonly flow: FlowSnapshot;
  /** Answers from an earlier visit, offered on the start screen. */
  readonly saved: Answers | null;
  readonly notices: readonly StartupNotice[];
  /** Storage may be written: not before the person acts, so a damaged save is never overwritten. */
  readonly mayWrite: boolean;
  readonly editOrigin: EditOrigin | null;
  /** The answers were just cleared: the start screen says so. */
  readonly cleared: boolean;
}

export interface GuideInput {
  readonly flow: FlowSnapshot;
  readonly saved: Answers | null;
  readonly notices: readonly StartupNotice[];
  readonly mayWrite: boolean;
}

export type GuideEvent =
  | { type: 'flow.moved'; flow: FlowSnapshot }
  | { type: 'guide.begin' }
  | { type: 'guide.continue' }
  | { type: 'guide.restart' }
  | { type: 'guide.clear' }
  | { type: 'answer.submit'; question: QuestionId; value: unknown }
  | { type: 'answer.edit'; question: QuestionId }
  | { type: 'edit.undo' }
  | { type: 'edit.dismiss' }
  | { type: 'review.open' }
  /** Opens a take-away screen (from the result) or a money screen (from anywhere). */
  | { type: 'tool.open'; tool: LaterScreen }
  | { type: 'nav.back' }
  /**
   * The browser shows one of the guide's entries: after Back or Forward, or on opening. `steps`
   * bring the flow there (flow-steps.ts); null when the answers cannot.
   */
  | { type: 'history.arrived'; place: Place; back: boolean; steps: readonly FlowEvent[] | null }
  | { type: 'notice.dismiss'; kind: StartupNotice['kind'] };

/** What the guide asks of the world around it. */
export type GuideEmitted =
  | { type: 'flow.send'; events: readonly FlowEvent[] }
  | { type: 'storage.clear' }
  | { type: 'history.rewind' };

/** What "continue" on the start screen picks up: the answers given so far, or a saved visit. */
export function offeredAnswers(context: GuideContext): Answers | null {
  return context.flow.context.trail.length > 0
    ? onPathAnswers(context.flow.context)
    : context.saved;
}

/** Once the person acts, only the "storage is off" notice still applies. */
function keepStorageNotice(all: readonly StartupNotice[]): readonly StartupNotice[] {
  const kept = all.filter((n) => n.kind === 'storage_off');
  return kept.length === all.length ? all : kept;
}

const toFlow = (...events: readonly FlowEvent[]) => ({ type: 'flow.send' as const, events });

/** Each take-away screen: back goes to the result; the others open from it. */
const openTool = TOOL_SCREENS.map((tool) => ({
  guard: { type: 'opensTool' as const, params: { tool } },
  target: tool,
}));
const openMoney = MONEY_SCREENS.map((tool) => ({
  guard: { type: 'opensTool' as const, params: { tool } },
  target: `.${tool}`,
}));
const MONEY = {
  on: {
    'nav.back': [{ guard: 'flowComplete' as const, target: 'result' }, { target: 'start' }],
    // A debt's negotiation letter, from the offer: once there is a result for Back to return to.
    'tool.open': { guard: 'opensLettersWithResult' as const, target: 'letters' },
  },
} as const;
const moneyStates = Object.fromEntries(MONEY_SCREENS.map((screen) => [screen, MONEY])) as Record<
  MoneyScreen,
  typeof MONEY
>;

const TOOL = { on: { 'nav.back': { target: 'result' }, 'tool.open': openTool } } as const;
const toolStates = Object.fromEntries(TOOL_SCREENS.map((tool) => [tool, TOOL])) as Record<
  ToolScreen,
  typeof TOOL
>;

export const guideMachine = setup({
  types: {
    context: {} as GuideContext,
    events: {} as GuideEvent,
    input: {} as GuideInput,
    emitted: {} as GuideEmitted,
  },
  guards: {
    atFirstQuestion: ({ context }) => context.flow.context.trail.length === 0,
    flowComplete: ({ context }) => isComplete(context.flow),
    movedToResult: ({ event }) => event.type === 'flow.moved' && isComplete(event.flow),
    movedToQuestion: ({ event }) => event.type === 'flow.moved' && !isComplete(event.flow),
    canEdit: ({ context, event }) =>
      event.type === 'answer.edit' && context.flow.context.trail.includes(event.question),
    hasEditOrigin: ({ context }) => context.editOrigin !== null,
    opensLettersWithResult: ({ context, event }) =>
      event.type === 'tool.open' && event.tool === 'letters' && isComplete(context.flow),
    opensTool: ({ event }, params: { tool: LaterScreen }) =>
      event.type === 'tool.open' && event.tool === params.tool,
    arrivedAt: ({ event }, params: { screen: Screen }) =>
      event.type === 'history.arrived' && event.place.screen === params.screen,
    canReachArrival: ({ event }) => event.type === 'history.arrived' && event.steps !== null,
    arrivedBack: ({ event }) => event.type === 'history.arrived' && event.back,
  },
  actions: {
    mirrorFlow: assign({
      flow: ({ context, event }) => (event.type === 'flow.moved' ? event.flow : context.flow),
    }),
    act: assign({
      mayWrite: true,
      cleared: false,
      notices: ({ context }) => keepStorageNotice(context.notices),
    }),
    // Nothing earlier is offered any more, nor any change undone.
    forgetEarlier: assign({ saved: null, editOrigin: null }),
    forgetEdit: assign({ editOrigin: null }),
    rememberEditOrigin: assign({
      editOrigin: ({ context }) => ({
        answers: onPathAnswers(context.flow.context),
        trail: context.flow.context.trail,
      }),
    }),
    forgetEverything: assign({
      mayWrite: false,
      saved: null,
      editOrigin: null,
      cleared: true,
      notices: ({ context }) => keepStorageNotice(context.notices),
    }),
    dismissNotice: assign({
      notices: ({ context, event }) =>
        event.type === 'notice.dismiss'
          ? context.notices.filter((n) => n.kind !== event.kind)
          : context.notices,
    }),
    restartFlow: emit(toFlow({ type: 'flow.restart' })),
    loadOffered: emit(({ context }) =>
      toFlow({ type: 'session.load', answers: offeredAnswers(context) ?? {} }),
    ),
    submitAnswer: emit(({ event }) => {
      assertEvent(event, 'answer.submit');
      return toFlow({ type: 'answer.submit', question: event.question, value: event.value });
    }),
    flowBack: emit(toFlow({ type: 'nav.back' })),
    editAnswer: emit(({ event }) => {
      assertEvent(event, 'answer.edit');
      return toFlow({ type: 'nav.edit', question: event.question });
    }),
    loadEditOrigin: emit(({ context }) =>
      toFlow({ type: 'session.load', answers: context.editOrigin?.answers ?? {} }),
    ),
    seekArrival: emit(({ event }) => {
      assertEvent(event, 'history.arrived');
      return toFlow(...(event.steps ?? []));
    }),
    clearStorage: emit({ type: 'storage.clear' }),
    rewindHistory: emit({ type: 'history.rewind' }),
  },
}).createMachine({
  id: 'guide',
  initial: 'start',
  context: ({ input }) => ({
    flow: input.flow,
    saved: input.saved,
    notices: input.notices,
    mayWrite: input.mayWrite,
    editOrigin: null,
    cleared: false,
  }),
  on: {
    'flow.moved': { actions: 'mirrorFlow' },
    'guide.restart': {
      target: '.question',
      actions: ['act', 'forgetEarlier', 'restartFlow', 'rewindHistory'],
    },
    'guide.clear': {
      target: '.start',
      actions: ['restartFlow', 'clearStorage', 'forgetEverything', 'rewindHistory'],
    },
    'answer.edit': {
      guard: 'canEdit',
      target: '.question',
      actions: ['act', 'rememberEditOrigin', 'editAnswer'],
    },
    'notice.dismiss': { actions: 'dismissNotice' },
    // A state's own 'tool.open' (the result's, a take-away screen's) opens only the take-away
    // screens; a money screen opens from here, on any screen.
    'tool.open': openMoney,
    // The browser shows one of the guide's entries (Back, Forward, a reload, or where the page
    // opens): show it if the answers allow; otherwise take one step back (for Back) or stay. The
    // controller then rewrites the entry to what is shown.
    'history.arrived': [
      { guard: { type: 'arrivedAt', params: { screen: 'start' } }, target: '.start' },
      { guard: { type: 'arrivedAt', params: { screen: 'review' } }, target: '.review' },
      ...MONEY_SCREENS.map((screen) => ({
        guard: { type: 'arrivedAt' as const, params: { screen } },
        target: `.${screen}`,
      })),
      ...(['question', 'result', ...TOOL_SCREENS] as const).map((screen) => ({
        guard: and([{ type: 'arrivedAt', params: { screen } }, 'canReachArrival']),
        target: `.${screen}`,
        actions: 'seekArrival' as const,
      })),
      { guard: 'arrivedBack', actions: raise({ type: 'nav.back' }) },
    ],
  },
  states: {
    start: {
      on: {
        // The flow is fresh, or holds answers to go through again after Back: kept, pre-filled.
        'guide.begin': { target: 'question', actions: 'act' },
        'guide.continue': { target: 'question', actions: ['act', 'loadOffered'] },
      },
    },
    question: {
      on: {
        'answer.submit': { actions: ['act', 'submitAnswer'] },
        'nav.back': [{ guard: 'atFirstQuestion', target: 'start' }, { actions: 'flowBack' }],
        'review.open': { target: 'review' },
        'flow.moved': { guard: 'movedToResult', target: 'result', actions: 'mirrorFlow' },
      },
    },
    review: {
      on: {
        'nav.back': [{ guard: 'flowComplete', target: 'result' }, { target: 'question' }],
      },
    },
    result: {
      on: {
        'nav.back': { actions: 'flowBack' },
        'review.open': { target: 'review' },
        'tool.open': openTool,
        'edit.undo': { guard: 'hasEditOrigin', actions: ['loadEditOrigin', 'forgetEdit'] },
        'edit.dismiss': { actions: 'forgetEdit' },
        'flow.moved': { guard: 'movedToQuestion', target: 'question', actions: 'mirrorFlow' },
      },
    },
    ...toolStates,
    ...moneyStates,
  },
});
