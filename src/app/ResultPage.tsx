// The result screen with what it needs from outside the UI: the share link for these answers,
// and the questions a change made no longer count. Fetched with the screen (lazy-screens.ts), so
// the link's code stays off the first screen.
import { onPathAnswers } from '../../flows/debt-collection/position';
import { shareUrl } from '../boundaries/share-link';
import { ResultScreen, type ResultScreenProps } from '../ui/result/ResultScreen';
import { FlowContext } from './flow-context';
import type { EditOrigin } from './guide-state';

export type ResultPageProps = Omit<ResultScreenProps, 'shareUrl' | 'dropped'> & {
  readonly editOrigin: EditOrigin | null;
};

export function ResultPage({ editOrigin, ...props }: ResultPageProps) {
  const url = FlowContext.useSelector((s) => shareUrl(window.location, onPathAnswers(s.context)));
  const trail = FlowContext.useSelector((s) => s.context.trail);
  const dropped = editOrigin?.trail.filter((q) => !trail.includes(q)) ?? [];
  return <ResultScreen {...props} dropped={dropped} shareUrl={url} />;
}
