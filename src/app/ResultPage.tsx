// The result screen with what it needs from outside the UI: the share link for these answers,
// the questions a change made no longer count, and the "done" ticks kept on this device. Fetched
// with the screen (lazy-screens.ts), so the link's code stays off the first screen.
import { onPathAnswers } from '../../flows/debt-collection/position';
import { useMemo } from 'react';
import { loadDone, saveDone } from '../boundaries/done-store';
import { shareUrl } from '../boundaries/share-link';
import type { SafeStorage } from '../boundaries/storage';
import { ResultScreen, type ResultScreenProps } from '../ui/result/ResultScreen';
import type { DoneStore } from '../ui/result/useDoneTicks';
import { FlowContext } from './flow-context';
import type { EditOrigin, LaterScreen } from './guide-state';

type Opens = 'onOpenLetters' | 'onOpenEvidence' | 'onOpenCourt' | 'onOpenMoney';

export type ResultPageProps = Omit<
  ResultScreenProps,
  'shareUrl' | 'dropped' | 'doneStore' | Opens
> & {
  readonly editOrigin: EditOrigin | null;
  readonly storage: SafeStorage;
  /** Opens a take-away or money screen. */
  readonly onOpen: (screen: LaterScreen) => () => void;
};

export function ResultPage({ editOrigin, storage, onOpen, ...props }: ResultPageProps) {
  const doneStore = useMemo<DoneStore>(
    () => ({ load: () => loadDone(storage), save: (ids) => void saveDone(storage, ids) }),
    [storage],
  );
  const url = FlowContext.useSelector((s) => shareUrl(window.location, onPathAnswers(s.context)));
  const trail = FlowContext.useSelector((s) => s.context.trail);
  const dropped = editOrigin?.trail.filter((q) => !trail.includes(q)) ?? [];
  return (
    <ResultScreen
      {...props}
      dropped={dropped}
      shareUrl={url}
      doneStore={doneStore}
      onOpenLetters={onOpen('letters')}
      onOpenEvidence={onOpen('evidence')}
      onOpenCourt={onOpen('court')}
      onOpenMoney={onOpen}
    />
  );
}
