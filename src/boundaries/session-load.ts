// Reads the saved session back, through zod: a tampered or damaged save keeps what is valid and
// names what was dropped; nothing here writes.
import * as z from 'zod/mini';
import type { AnswerProblem, Answers } from '../../flows/debt-collection/answers';
import { salvageAnswers } from '../../flows/debt-collection/parse-answers';
import { SESSION_KEY, SESSION_VERSION } from './session-store';
import { readStoredJson, type SafeStorage } from './storage';

const EnvelopeSchema = z.object({
  v: z.literal(SESSION_VERSION),
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

// Only the issue's code and path: never a value, which may be sensitive.
function logIssues(issues: readonly { code: string; path: readonly PropertyKey[] }[]): void {
  for (const issue of issues) {
    console.warn(`session: ${issue.code} at ${issue.path.map(String).join('.') || '(root)'}`);
  }
}
