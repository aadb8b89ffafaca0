// The saved session: answers keyed by question id, never an XState snapshot.
import * as z from 'zod/mini';
import {
  salvageAnswers,
  type AnswerProblem,
  type Answers,
} from '../../flows/debt-collection/answers';
import { readStoredJson, type SafeStorage } from './storage';

export const SESSION_KEY = 'dcg.session.v1';

const EnvelopeSchema = z.object({
  v: z.literal(1),
  answers: z.record(z.string(), z.unknown()),
});

export type LoadedSession =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly answers: Answers }
  | {
      readonly kind: 'partial';
      readonly answers: Answers;
      readonly dropped: readonly AnswerProblem[];
    }
  | { readonly kind: 'unreadable' };

const MAX_BYTES = 64 * 1024;

/** Reads and validates the saved session. Never throws; never writes. */
export function loadSession(storage: SafeStorage): LoadedSession {
  const stored = readStoredJson(storage, SESSION_KEY, MAX_BYTES);
  if (stored.kind !== 'json') return stored;
  const envelope = EnvelopeSchema.safeParse(stored.json);
  if (!envelope.success) {
    logIssues(envelope.error.issues);
    return { kind: 'unreadable' };
  }
  const { answers, problems } = salvageAnswers(envelope.data.answers);
  return problems.length === 0
    ? { kind: 'ok', answers }
    : { kind: 'partial', answers, dropped: problems };
}

export function saveSession(storage: SafeStorage, answers: Answers): boolean {
  return storage.write(SESSION_KEY, JSON.stringify({ v: 1, answers }));
}

export function clearSession(storage: SafeStorage): void {
  storage.remove(SESSION_KEY);
}

// Only the issue's code and path: never a value, which may be sensitive.
function logIssues(issues: readonly { code: string; path: readonly PropertyKey[] }[]): void {
  for (const issue of issues) {
    console.warn(`session: ${issue.code} at ${issue.path.map(String).join('.') || '(root)'}`);
  }
}
