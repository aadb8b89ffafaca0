// The screens' machine (src/app/guide-state.ts) run as pure data: every screen is reached; every
// event from every state reached does what a table written from the issue says; and random
// sequences, with the real flow answering, never end where the person cannot get back or on.
import fc from 'fast-check';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { FlowEvent } from '../../flows/debt-collection/machine';
import {
  currentQuestion,
  initialSnapshot,
  isComplete,
  replay,
  step,
  type FlowSnapshot,
} from '../../flows/debt-collection/position';
import { QUESTIONS, QUESTION_IDS } from '../../flows/debt-collection/questions';
import { stepsToPlace } from '../../src/app/flow-steps';
import {
  guideMachine,
  offeredAnswers,
  SCREENS,
  MONEY_SCREENS,
  TOOL_SCREENS,
  type GuideEvent,
  type GuideInput,
  type Place,
  type Screen,
} from '../../src/app/guide-state';
import { WRITTEN_KEPT } from '../support/fixtures';

type Shell = SnapshotFrom<typeof guideMachine>;

const FRESH = initialSnapshot();
const MIDWAY = replay({ debt_type: 'bank_loan', debt_recognised: 'yes' });
const DONE = replay(WRITTEN_KEPT);

const INPUT: GuideInput = {
  flow: FRESH,
  saved: { debt_type: 'bank_loan' },
  notices: [{ kind: 'storage_off' }, { kind: 'language_unknown' }],
  mayWrite: false,
};

const PLACES: readonly Place[] = [
  { screen: 'start' },
  { screen: 'review' },
  { screen: 'result' },
  ...TOOL_SCREENS.map((screen) => ({ screen })),
  ...MONEY_SCREENS.map((screen) => ({ screen })),
  ...QUESTION_IDS.map((question) => ({ screen: 'question' as const, question })),
];

const EVENTS: readonly GuideEvent[] = [
  ...[FRESH, MIDWAY, DONE].map((flow) => ({ type: 'flow.moved' as const, flow })),
  { type: 'guide.begin' },
  { type: 'guide.continue' },
  { type: 'guide.restart' },
  { type: 'guide.clear' },
  { type: 'answer.submit', question: 'debt_type', value: 'bank_loan' },
  { type: 'answer.edit', question: 'debt_type' },
  { type: 'edit.undo' },
  { type: 'edit.dismiss' },
  { type: 'review.open' },
  ...TOOL_SCREENS.map((tool) => ({ type: 'tool.open' as const, tool })),
  ...MONEY_SCREENS.map((tool) => ({ type: 'tool.open' as const, tool })),
  { type: 'nav.back' },
  ...PLACES.filter((p) => p.screen !== 'question' || p.question === 'collector').flatMap((place) =>
    [true, false].flatMap((back) =>
      [[], null].map((steps) => ({ type: 'history.arrived' as const, place, back, steps })),
    ),
  ),
  { type: 'notice.dismiss', kind: 'language_unknown' },
];

/** An event in a test's name: its type and what picks the case (not the flow snapshot). */
function describeEvent(e: GuideEvent): string {
  if (e.type === 'flow.moved') return `flow.moved (${flowClass(e.flow)})`;
  if (e.type === 'history.arrived') {
    const where = e.place.screen === 'question' ? e.place.question : e.place.screen;
    return `history.arrived ${where}${e.back ? ' by Back' : ''}${e.steps ? '' : ', unreachable'}`;
  }
  if (e.type === 'tool.open') return `tool.open ${e.tool}`;
  return e.type;
}

const flowClass = (flow: FlowSnapshot) =>
  isComplete(flow) ? 'done' : flow.context.trail.length === 0 ? 'fresh' : 'midway';

/** A graph node: the screen and every fact a guard or the table reads. */
function node(s: Shell): string {
  const c = s.context;
  return [
    s.value,
    flowClass(c.flow),
    c.mayWrite,
    c.cleared,
    c.editOrigin !== null,
    c.saved !== null,
    c.notices.map((n) => n.kind).join('+'),
  ].join('|');
}

const paths = getShortestPaths(guideMachine, {
  input: INPUT,
  events: EVENTS,
  serializeState: node,
});
const reached = paths.map((path) => path.state);

type Asked = { type: string; events?: readonly FlowEvent[] };

/** What the machine asked of the world (its emitted events). */
function asked(actions: readonly { type: string; params?: unknown }[]): Asked[] {
  return actions
    .filter((a) => a.type === 'xstate.emit')
    .map((a) => (a.params as { event: Asked }).event);
}

/** The same, as short strings ("flow:nav.back", "storage.clear"). */
function emitted(actions: readonly { type: string; params?: unknown }[]): string[] {
  return asked(actions).map((e) =>
    e.events ? `flow:${e.events.map((f) => f.type).join(',')}` : e.type,
  );
}

interface Expected {
  readonly screen: Screen;
  readonly emits: readonly string[];
}

/** The table, written from the issue: where each event leads, and what it asks of the world. */
function expected(s: Shell, e: GuideEvent): Expected {
  const screen = s.value;
  const flow = s.context.flow;
  const stay: Expected = { screen, emits: [] };
  const isTool = (TOOL_SCREENS as readonly string[]).includes(screen);
  const isMoney = (MONEY_SCREENS as readonly string[]).includes(screen);
  switch (e.type) {
    case 'guide.restart':
      return { screen: 'question', emits: ['flow:flow.restart', 'history.rewind'] };
    case 'guide.clear':
      return { screen: 'start', emits: ['flow:flow.restart', 'storage.clear', 'history.rewind'] };
    case 'answer.edit':
      return flow.context.trail.includes(e.question)
        ? { screen: 'question', emits: ['flow:nav.edit'] }
        : stay;
    case 'flow.moved':
      if (screen === 'question' && isComplete(e.flow)) return { screen: 'result', emits: [] };
      if (screen === 'result' && !isComplete(e.flow)) return { screen: 'question', emits: [] };
      return stay;
    case 'history.arrived': {
      const to = e.place.screen;
      if (to === 'start' || to === 'review') return { screen: to, emits: [] };
      if ((MONEY_SCREENS as readonly string[]).includes(to)) return { screen: to, emits: [] };
      if (e.steps !== null) return { screen: to, emits: ['flow:'] };
      return e.back ? expected(s, { type: 'nav.back' }) : stay;
    }
    case 'nav.back':
      if (screen === 'question') {
        return flow.context.trail.length === 0 ? { screen: 'start', emits: [] } : back(screen);
      }
      if (screen === 'result') return back(screen);
      if (screen === 'review')
        return { screen: isComplete(flow) ? 'result' : 'question', emits: [] };
      if (isMoney) return { screen: isComplete(flow) ? 'result' : 'start', emits: [] };
      return isTool ? { screen: 'result', emits: [] } : stay;
    case 'guide.begin':
      return screen === 'start' ? { screen: 'question', emits: [] } : stay;
    case 'guide.continue':
      return screen === 'start' ? { screen: 'question', emits: ['flow:session.load'] } : stay;
    case 'answer.submit':
      return screen === 'question' ? { screen, emits: ['flow:answer.submit'] } : stay;
    case 'review.open':
      return screen === 'question' || screen === 'result' ? { screen: 'review', emits: [] } : stay;
    case 'tool.open':
      if ((MONEY_SCREENS as readonly Screen[]).includes(e.tool))
        return { screen: e.tool, emits: [] };
      if (screen === 'result' || isTool) return { screen: e.tool, emits: [] };
      // A debt's letter opens from the offer once there is a result to return to.
      return isMoney && e.tool === 'letters' && isComplete(flow)
        ? { screen: e.tool, emits: [] }
        : stay;
    case 'edit.undo':
      return screen === 'result' && s.context.editOrigin
        ? { screen, emits: ['flow:session.load'] }
        : stay;
    case 'edit.dismiss':
    case 'notice.dismiss':
      return stay;
  }
}
const back = (screen: Screen): Expected => ({ screen, emits: ['flow:nav.back'] });

// Random sequences with the real flow: the machine's requests to the flow are carried out, and
// the flow's new state reported back, as src/app/guide-controller.ts does.
interface World {
  readonly shell: Shell;
  readonly flow: FlowSnapshot;
}

function send(world: World, event: GuideEvent): World {
  const [first, actions] = transition(guideMachine, world.shell, event);
  let shell = first;
  let flow = world.flow;
  for (const { events } of asked(actions)) {
    if (!events?.length) continue;
    flow = events.reduce(step, flow);
    [shell] = transition(guideMachine, shell, { type: 'flow.moved', flow });
  }
  return { shell, flow };
}

describe('the screens', () => {
  it('are all reached', () => {
    console.info(`guide-state: ${reached.length} states reached by shortest paths`);
    expect(new Set(reached.map((s) => s.value))).toEqual(new Set(SCREENS));
  });

  it('open on the start screen', () => {
    const [first] = initialTransition(guideMachine, INPUT);
    expect(first.value).toBe('start');
    expect(first.context.mayWrite).toBe(false);
  });
});

describe('every event from every state reached', () => {
  it.each(EVENTS.map((e) => [describeEvent(e), e] as const))(
    '%s goes where the table says',
    (_, event) => {
      for (const state of reached) {
        const [next, actions] = transition(guideMachine, state, event);
        const want = expected(state, event);
        expect({ from: node(state), screen: next.value, emits: emitted(actions) }).toEqual({
          from: node(state),
          ...want,
        });
      }
    },
  );

  it('lets the person act (storage may be written) only through their own steps', () => {
    const acting = [
      'guide.begin',
      'guide.continue',
      'guide.restart',
      'answer.submit',
      'answer.edit',
    ];
    for (const state of reached.filter((s) => !s.context.mayWrite)) {
      for (const event of EVENTS) {
        const [next] = transition(guideMachine, state, event);
        const acts =
          acting.includes(event.type) &&
          (event.type === 'guide.begin'
            ? state.value === 'start'
            : expected(state, event).emits.length > 0);
        expect(next.context.mayWrite, `${node(state)} ${event.type}`).toBe(acts);
      }
    }
  });

  it('forgets everything on "clear", and says so on the start screen', () => {
    for (const state of reached) {
      const [next] = transition(guideMachine, state, { type: 'guide.clear' });
      expect(next.context).toMatchObject({ mayWrite: false, saved: null, cleared: true });
      expect(next.context.editOrigin).toBeNull();
      expect(next.context.notices.map((n) => n.kind)).toEqual(
        state.context.notices.filter((n) => n.kind === 'storage_off').map((n) => n.kind),
      );
    }
  });

  it('remembers what counted before an edit, until undone', () => {
    const [start] = initialTransition(guideMachine, { ...INPUT, flow: DONE });
    const atResult = send({ shell: start, flow: DONE }, { type: 'guide.continue' });
    expect(atResult.shell.value).toBe('result');
    const editing = send(atResult, { type: 'answer.edit', question: 'agreement' });
    expect(editing.shell.context.editOrigin).toEqual({
      answers: WRITTEN_KEPT,
      trail: DONE.context.trail,
    });
    const changed = send(editing, { type: 'answer.submit', question: 'agreement', value: 'none' });
    expect(changed.shell.value).toBe('question');
    const [, undo] = transition(guideMachine, changed.shell, { type: 'edit.undo' });
    expect(emitted(undo)).toEqual([]);
    const answered = send(editing, {
      type: 'answer.submit',
      question: 'agreement',
      value: 'written',
    });
    expect(answered.shell.value).toBe('result');
    const [undone, actions] = transition(guideMachine, answered.shell, { type: 'edit.undo' });
    expect(asked(actions)).toEqual([
      { type: 'flow.send', events: [{ type: 'session.load', answers: WRITTEN_KEPT }] },
    ]);
    expect(undone.context.editOrigin).toBeNull();
  });

  it('offers on the start screen the answers given so far, else a saved visit', () => {
    const [first] = initialTransition(guideMachine, INPUT);
    expect(offeredAnswers(first.context)).toEqual({ debt_type: 'bank_loan' });
    const [moved] = transition(guideMachine, first, { type: 'flow.moved', flow: MIDWAY });
    expect(offeredAnswers(moved.context)).toEqual({
      debt_type: 'bank_loan',
      debt_recognised: 'yes',
    });
  });
});

const KINDS = [
  'answer',
  'answer',
  'answer',
  'back',
  'arrive',
  'begin',
  'continue',
  'restart',
  'clear',
  'edit',
  'undo',
  'review',
  'tool',
] as const;

/** A person's (or the browser's) next move, drawn as plain numbers so failures shrink. */
const moveArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(999),
  back: fc.boolean(),
});
type Move = typeof moveArb extends fc.Arbitrary<infer M> ? M : never;

function eventFor(world: World, { kind, pick, back }: Move): GuideEvent {
  const question = currentQuestion(world.flow);
  const trail = world.flow.context.trail;
  switch (kind) {
    case 'answer': {
      if (question === null) return { type: 'nav.back' };
      const options = QUESTIONS[question].options;
      const option = options[pick % options.length];
      const value = QUESTIONS[question].kind === 'many' ? [option] : option;
      return { type: 'answer.submit', question, value };
    }
    case 'arrive': {
      const place = PLACES[pick % PLACES.length] ?? { screen: 'start' };
      return { type: 'history.arrived', place, back, steps: stepsToPlace(world.flow, place) };
    }
    case 'edit':
      return {
        type: 'answer.edit',
        question: trail[pick % Math.max(1, trail.length)] ?? 'debt_type',
      };
    case 'tool':
      return { type: 'tool.open', tool: TOOL_SCREENS[pick % TOOL_SCREENS.length] ?? 'letters' };
    case 'back':
      return { type: 'nav.back' };
    case 'begin':
      return { type: 'guide.begin' };
    case 'continue':
      return { type: 'guide.continue' };
    case 'restart':
      return { type: 'guide.restart' };
    case 'clear':
      return { type: 'guide.clear' };
    case 'undo':
      return { type: 'edit.undo' };
    case 'review':
      return { type: 'review.open' };
  }
}

/** The screen agrees with the flow: a question only while one is open, the result once done. */
function expectAgreement({ shell, flow }: World): void {
  expect(shell.context.flow).toBe(flow);
  if (shell.value === 'question') expect(isComplete(flow)).toBe(false);
  if (shell.value === 'result' || (TOOL_SCREENS as readonly string[]).includes(shell.value)) {
    expect(isComplete(flow)).toBe(true);
  }
}

/** From anywhere: Back, pressed often enough, reaches the start screen; from there, "begin"
 * opens the first question, and answering reaches the result. */
function expectWayBackAndOn(world: World): void {
  let at = world;
  for (let presses = 0; presses < 20 && at.shell.value !== 'start'; presses++) {
    at = send(at, { type: 'nav.back' });
  }
  expect(at.shell.value).toBe('start');
  at = send(at, { type: 'guide.begin' });
  expect(at.shell.value).toBe('question');
  for (let guard = 0; guard < QUESTION_IDS.length && at.shell.value === 'question'; guard++) {
    const question = currentQuestion(at.flow);
    if (question === null) break;
    const first = QUESTIONS[question].options[1] ?? QUESTIONS[question].options[0];
    const value = QUESTIONS[question].kind === 'many' ? [first] : first;
    at = send(at, { type: 'answer.submit', question, value });
  }
  expect(at.shell.value).toBe('result');
}

describe('random sequences with the real flow', () => {
  it('keep the screen in step with the flow, and never reach a dead end', () => {
    const [start] = initialTransition(guideMachine, INPUT);
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 30 }), (moves) => {
        let world: World = { shell: start, flow: FRESH };
        for (const move of moves) {
          world = send(world, eventFor(world, move));
          expect(SCREENS).toContain(world.shell.value);
          expectAgreement(world);
        }
        expectWayBackAndOn(world);
      }),
      { numRuns: 300 },
    );
  });
});
