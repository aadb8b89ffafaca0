// Wiring only: the screens' machine (guide-state.ts) says which screen shows; this renders it and
// turns the person's taps into the machine's events.
import { useSelector } from '@xstate/react';
import { Suspense, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { currentQuestion } from '../../flows/debt-collection/position';
import type { QuestionId } from '../../flows/debt-collection/questions';
import type { SafeStorage } from '../boundaries/storage';
import { Footer } from '../ui/chrome/Footer';
import { Header } from '../ui/chrome/Header';
import type { QuickExitProps } from '../ui/chrome/QuickExit';
import type { StartupNotice } from '../ui/chrome/StartupNotices';
import { QuestionScreen } from '../ui/question/QuestionScreen';
import { StartScreen } from '../ui/StartScreen';
import { FlowContext } from './flow-context';
import { createGuideController } from './guide-controller';
import type { GuideHistory } from './history-entries';
import { isLaterScreen, offeredAnswers, type LaterScreen } from './guide-state';
import {
  prefetchLaterScreens,
  ResultPage,
  ReviewScreen,
  StartupNotices,
  ToolScreens,
  UpdateBanner,
} from './lazy-screens';
import type { Opening } from './opening';
import { NEUTRAL_PAGE, readClearOnExit, writeClearOnExit } from './quick-exit';
import type { Startup } from './session';
import { pendingUpdate, subscribeToUpdate } from './update-ready';

export interface GuideProps {
  readonly storage: SafeStorage;
  readonly startup: Startup;
  readonly opening: Opening;
  readonly history: GuideHistory;
  /** The quick exit's departure. */
  readonly leave: () => void;
}

export function Guide({ storage, startup, opening, history, leave }: GuideProps) {
  const flow = FlowContext.useActorRef();
  const [guide] = useState(() =>
    createGuideController(
      { ...startup, flow: opening.flow, mayWrite: opening.mayWrite },
      opening.place,
      { flow, storage, history },
    ),
  );
  useEffect(() => guide.connect(), [guide]);
  const screen = useSelector(guide.actor, (s) => s.value);
  const context = useSelector(guide.actor, (s) => s.context);
  const question = FlowContext.useSelector(currentQuestion);
  const update = useSyncExternalStore(subscribeToUpdate, pendingUpdate, () => null);

  useEffect(() => {
    if (screen !== 'start') prefetchLaterScreens();
  }, [screen]);

  // Stable callbacks: the header, footer and notices then skip re-rendering on every answer.
  const on = useMemo(() => {
    const send = guide.send;
    return {
      begin: () => send({ type: 'guide.begin' }),
      continue: () => send({ type: 'guide.continue' }),
      restart: () => send({ type: 'guide.restart' }),
      clear: () => send({ type: 'guide.clear' }),
      answer: (q: QuestionId, value: unknown) =>
        send({ type: 'answer.submit', question: q, value }),
      edit: (q: QuestionId) => send({ type: 'answer.edit', question: q }),
      undo: () => send({ type: 'edit.undo' }),
      dismissEdit: () => send({ type: 'edit.dismiss' }),
      review: () => send({ type: 'review.open' }),
      open: (tool: LaterScreen) => () => send({ type: 'tool.open', tool }),
      dismissNotice: (kind: StartupNotice['kind']) => send({ type: 'notice.dismiss', kind }),
      back: guide.back,
    };
  }, [guide]);
  const quickExit = useMemo<QuickExitProps>(
    () => ({
      href: NEUTRAL_PAGE,
      clearOnExit: readClearOnExit(storage),
      onClearOnExitChange: (clear) => writeClearOnExit(storage, clear),
      onLeave: (clearAnswers) => {
        if (clearAnswers) on.clear();
        leave();
      },
    }),
    [storage, on, leave],
  );

  const offered = offeredAnswers(context);
  return (
    <div className="page">
      <Header
        showRestart={screen !== 'start' || offered !== null}
        onRestart={on.restart}
        quickExit={quickExit}
      />
      <main id="main" className="main">
        <Suspense fallback={null}>
          {update && <UpdateBanner apply={update} />}
          {context.notices.length > 0 && (
            <StartupNotices notices={context.notices} onDismiss={on.dismissNotice} />
          )}
        </Suspense>
        {screen === 'start' && (
          <StartScreen
            saved={offered}
            cleared={context.cleared}
            onBegin={on.begin}
            onContinue={on.continue}
            onStartOver={on.restart}
            onOpenDebts={on.open('debts')}
          />
        )}
        {screen === 'question' && question !== null && (
          <QuestionScreen
            key={question}
            question={question}
            onAnswer={on.answer}
            onBack={on.back}
            onReview={on.review}
          />
        )}
        <Suspense fallback={null}>
          {screen === 'review' && <ReviewScreen onEdit={on.edit} onDone={on.back} />}
          {screen === 'result' && (
            <ResultPage
              storage={storage}
              editOrigin={context.editOrigin}
              onEdit={on.edit}
              onUndo={on.undo}
              onDismissEdit={on.dismissEdit}
              onReview={on.review}
              onOpen={on.open}
            />
          )}
          {isLaterScreen(screen) && (
            <ToolScreens screen={screen} storage={storage} onBack={on.back} open={on.open} />
          )}
        </Suspense>
      </main>
      <Footer onClear={on.clear} />
    </div>
  );
}
