// What the app knows at start-up: the saved session (validated) and the notices to show.
import type { Answers } from '../../flows/debt-collection/answers';
import { hasStoredSession } from '../boundaries/session-store';
import type { SafeStorage } from '../boundaries/storage';
import type { StartupNotice } from '../ui/chrome/StartupNotices';

export interface Startup {
  /** Answers that can be offered for "continue"; null when there are none. */
  readonly saved: Answers | null;
  readonly notices: readonly StartupNotice[];
}

/**
 * A first visit has nothing saved, so the reader of saved sessions (and zod with it) is fetched
 * only when there is something to read.
 */
export async function readStartup(storage: SafeStorage): Promise<Startup> {
  const notices: StartupNotice[] = [];
  if (!storage.available) notices.push({ kind: 'storage_off' });
  if (!hasStoredSession(storage)) return { saved: null, notices };
  const { loadSession } = await import('../boundaries/session-load');
  const session = loadSession(storage);
  switch (session.kind) {
    case 'none':
      return { saved: null, notices };
    case 'unreadable':
      return { saved: null, notices: [...notices, { kind: 'session_unreadable' }] };
    case 'partial':
      return {
        saved: session.answers,
        notices: [...notices, { kind: 'session_partial', dropped: session.dropped }],
      };
    case 'ok':
      return { saved: session.answers, notices };
  }
}
