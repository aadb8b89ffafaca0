// Connects the screens' machine (guide-state.ts) to the world around it: the running flow, storage
// and the browser's history. Every action of the person and every move of the browser comes in
// here, runs to the end, and only then is the result saved and given its history entry.
import { createActor, type Actor } from 'xstate';
import type { debtCollectionFlow } from '../../flows/debt-collection/machine';
import { currentQuestion, onPathAnswers } from '../../flows/debt-collection/position';
import { clearKeptWithAnswers } from '../boundaries/kept-with-answers';
import { clearSession, saveSession } from '../boundaries/session-store';
import type { SafeStorage } from '../boundaries/storage';
import type { GuideHistory } from './history-entries';
import { guideMachine, type GuideEvent, type GuideInput, type Place } from './guide-state';

export type GuideActor = Actor<typeof guideMachine>;
export type FlowActor = Actor<typeof debtCollectionFlow>;

export interface GuideServices {
  readonly flow: FlowActor;
  readonly storage: SafeStorage;
  readonly history: GuideHistory;
}

export interface GuideController {
  readonly actor: GuideActor;
  readonly send: (event: GuideEvent) => void;
  /** The on-screen Back: the browser's own Back while there is a guide entry behind. */
  readonly back: () => void;
  /** Starts listening to the machine and the browser; returns the way to stop. */
  readonly connect: () => () => void;
}

/** The place on screen. */
export function placeOf(actor: GuideActor): Place {
  const snapshot = actor.getSnapshot();
  const screen = snapshot.value;
  if (screen !== 'question') return { screen };
  const question = currentQuestion(snapshot.context.flow);
  return question === null ? { screen: 'result' } : { screen, question };
}

export function createGuideController(
  input: GuideInput,
  opening: Place,
  { flow, storage, history }: GuideServices,
): GuideController {
  const actor = createActor(guideMachine, { input });
  actor.start();
  // The flow already stands where the guide opens (opening.ts): this only picks the screen.
  actor.send({ type: 'history.arrived', place: opening, back: false, steps: [] });

  const settle = () => {
    if (actor.getSnapshot().context.mayWrite) {
      saveSession(storage, onPathAnswers(flow.getSnapshot().context));
    }
  };
  const send = (event: GuideEvent) => {
    actor.send(event);
    settle();
    history.record(placeOf(actor), flow.getSnapshot().context.trail);
  };

  return {
    actor,
    send,
    back: () => {
      if (!history.back()) send({ type: 'nav.back' });
    },
    connect: () => {
      history.open(placeOf(actor), flow.getSnapshot().context.trail);
      settle();
      const listeners = [
        actor.on('flow.send', ({ events }) => {
          if (events.length === 0) return;
          for (const event of events) flow.send(event);
          actor.send({ type: 'flow.moved', flow: flow.getSnapshot() });
        }),
        actor.on('storage.clear', () => {
          clearSession(storage);
          clearKeptWithAnswers(storage);
        }),
        actor.on('history.rewind', () => void history.rewind()),
      ];
      const stopListening = history.listen((place, back) => {
        const steps = history.stepsTo(flow.getSnapshot(), place);
        actor.send({ type: 'history.arrived', place, back, steps });
        settle();
        return placeOf(actor);
      });
      return () => {
        for (const listener of listeners) listener.unsubscribe();
        stopListening();
      };
    },
  };
}
