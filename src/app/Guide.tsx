import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { Answers } from '../../flows/debt-collection/answers';
import type { QuestionId } from '../../flows/debt-collection/questions';
import { currentQuestion, onPathAnswers } from '../../flows/debt-collection/position';
import { clearEvidence } from '../boundaries/clear-evidence';
import { clearSession, saveSession } from '../boundaries/session-store';
import type { SafeStorage } from '../boundaries/storage';
import { Footer } from '../ui/chrome/Footer';
import { Header } from '../ui/chrome/Header';
import { StartupNotices } from '../ui/chrome/StartupNotices';
import { QuestionScreen } from '../ui/question/QuestionScreen';
import { StartScreen } from '../ui/StartScreen';
import { FlowContext } from './flow-context';
import { prefetchLaterScreens, ResultScreen, ReviewScreen } from './lazy-screens';
import type { Startup, StartupNotice } from './session';
import { EvidenceScreen, LettersScreen } from './takeaway-screens';

type Screen = 'start' | 'flow' | 'review' | 'letters' | 'evidence';

/** An edit in progress: what counted before it, so the result can say what no longer does. */
export interface EditOrigin {
  readonly answers: Answers;
  readonly trail: readonly QuestionId[];
}

export interface GuideProps {
  readonly storage: SafeStorage;
  readonly startup: Startup;
  readonly preload?: Answers | undefined;
  /** Open on the first question, as if "begin" had been tapped (src/app/early-tap.ts). */
  readonly beginNow?: boolean;
}

/** Once the person acts, only the "storage is off" notice still applies. */
function keepStorageNotice(all: readonly StartupNotice[]): readonly StartupNotice[] {
  const kept = all.filter((n) => n.kind === 'storage_off');
  return kept.length === all.length ? all : kept;
}

export function Guide({ storage, startup, preload, beginNow = false }: GuideProps) {
  const actor = FlowContext.useActorRef();
  const hasTrail = FlowContext.useSelector((s) => s.context.trail.length > 0);
  const question = FlowContext.useSelector(currentQuestion);
  const [screen, setScreen] = useState<Screen>(preload || beginNow ? 'flow' : 'start');
  const [saved, setSaved] = useState<Answers | null>(startup.saved);
  const [notices, setNotices] = useState<readonly StartupNotice[]>(startup.notices);
  // Nothing is written to storage until the person acts, so a damaged save is never overwritten.
  const [acted, setActed] = useState(preload !== undefined || beginNow);
  const [editOrigin, setEditOrigin] = useState<EditOrigin | null>(null);
  const [cleared, setCleared] = useState(false);

  useLayoutEffect(() => {
    if (preload) actor.send({ type: 'session.load', answers: preload });
  }, [actor, preload]);

  useEffect(() => {
    if (screen !== 'start') prefetchLaterScreens();
  }, [screen]);

  useEffect(() => {
    if (!acted) return;
    const save = () => saveSession(storage, onPathAnswers(actor.getSnapshot().context));
    save();
    const subscription = actor.subscribe(save);
    return () => subscription.unsubscribe();
  }, [acted, actor, storage]);

  // Stable callbacks: the header, footer and notices then skip re-rendering on every answer.
  const act = useCallback(() => {
    setActed(true);
    setCleared(false);
    setNotices(keepStorageNotice);
  }, []);

  const begin = (answers: Answers | null) => {
    act();
    actor.send(answers ? { type: 'session.load', answers } : { type: 'flow.restart' });
    setScreen('flow');
  };

  const restart = useCallback(() => {
    act();
    setSaved(null);
    setEditOrigin(null);
    actor.send({ type: 'flow.restart' });
    setScreen('flow');
  }, [act, actor]);

  const clearAll = useCallback(() => {
    actor.send({ type: 'flow.restart' });
    setActed(false);
    clearSession(storage);
    clearEvidence(storage);
    setSaved(null);
    setEditOrigin(null);
    setNotices(keepStorageNotice);
    setCleared(true);
    setScreen('start');
  }, [actor, storage]);

  const quickExit = useMemo(() => ({ storage, onClear: clearAll }), [storage, clearAll]);
  const dismissNotice = useCallback(
    (kind: StartupNotice['kind']) => setNotices((all) => all.filter((n) => n.kind !== kind)),
    [],
  );

  const edit = (target: QuestionId) => {
    act();
    const snapshot = actor.getSnapshot();
    setEditOrigin({ answers: onPathAnswers(snapshot.context), trail: snapshot.context.trail });
    actor.send({ type: 'nav.edit', question: target });
    setScreen('flow');
  };

  const undoEdit = (origin: EditOrigin) => {
    actor.send({ type: 'session.load', answers: origin.answers });
    setEditOrigin(null);
  };

  const hasAnswers = hasTrail || saved !== null;

  return (
    <div className="page">
      <Header
        showRestart={screen !== 'start' || hasAnswers}
        onRestart={restart}
        quickExit={quickExit}
      />
      <main id="main" className="main">
        <StartupNotices notices={notices} onDismiss={dismissNotice} />
        {screen === 'start' && (
          <StartScreen
            saved={saved}
            cleared={cleared}
            onBegin={() => begin(null)}
            onContinue={() => begin(saved)}
            onStartOver={restart}
          />
        )}
        <Suspense fallback={null}>
          {screen === 'review' && <ReviewScreen onEdit={edit} onDone={() => setScreen('flow')} />}
        </Suspense>
        {screen === 'flow' && question !== null && (
          <QuestionScreen
            key={question}
            question={question}
            onAnswered={act}
            onBackFromFirst={() => setScreen('start')}
            onReview={() => setScreen('review')}
          />
        )}
        <Suspense fallback={null}>
          {screen === 'flow' && question === null && (
            <ResultScreen
              editOrigin={editOrigin}
              onEdit={edit}
              onUndo={undoEdit}
              onDismissEdit={() => setEditOrigin(null)}
              onReview={() => setScreen('review')}
              onOpenLetters={() => setScreen('letters')}
              onOpenEvidence={() => setScreen('evidence')}
            />
          )}
          {screen === 'letters' && (
            <LettersScreen
              storage={storage}
              onBack={() => setScreen('flow')}
              onOpenEvidence={() => setScreen('evidence')}
            />
          )}
          {screen === 'evidence' && (
            <EvidenceScreen
              storage={storage}
              onBack={() => setScreen('flow')}
              onOpenLetters={() => setScreen('letters')}
            />
          )}
        </Suspense>
      </main>
      <Footer onClear={clearAll} />
    </div>
  );
}
