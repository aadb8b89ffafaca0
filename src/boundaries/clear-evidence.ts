// The evidence log's key and its removal, apart from its schema: clearing the answers must also
// clear the log, and the first screen should not carry the log's validation code to do it.
import type { SafeStorage } from './storage';

export const EVIDENCE_KEY = 'dcg.evidence.v1';

export function clearEvidence(storage: SafeStorage): void {
  storage.remove(EVIDENCE_KEY);
}
