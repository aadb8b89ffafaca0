// The evidence log, kept on this device only. Read back through zod: rows that fail are dropped
// one by one, so one damaged row never costs the person the rest of their record.
import * as z from 'zod/mini';
import {
  CHANNELS,
  EVIDENCE_LIMITS,
  sortEntries,
  type EvidenceEntry,
  type LoadedEvidence,
} from '../evidence/evidence-entry';
import { parseDateInput, parseTime } from '../forms/parse-input';
import { EVIDENCE_KEY } from './kept-with-answers';
import { readStoredJson, type SafeStorage } from './storage';

const EvidenceEntrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** YYYY-MM-DD, a real date. */
  date: z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/),
    z.refine((v) => parseDateInput(v) !== null),
  ),
  /** HH:MM, or '' when not noted. */
  time: z.string().check(z.refine((v) => v === '' || parseTime(v) === v)),
  who: z.string().check(z.maxLength(EVIDENCE_LIMITS.who)),
  channel: z.enum(CHANNELS),
  what: z.string().check(z.minLength(1), z.maxLength(EVIDENCE_LIMITS.what)),
  attachments: z
    .array(z.string().check(z.minLength(1), z.maxLength(EVIDENCE_LIMITS.attachment)))
    .check(z.maxLength(EVIDENCE_LIMITS.attachments)),
}) satisfies z.ZodMiniType<EvidenceEntry>;

const EnvelopeSchema = z.object({ v: z.literal(1), entries: z.array(z.unknown()) });

const MAX_BYTES = 2 * 1024 * 1024;

/** Reads the log; never throws, never writes. Nothing saved reads as an empty log. */
export function loadEvidence(storage: SafeStorage): LoadedEvidence {
  const stored = readStoredJson(storage, EVIDENCE_KEY, MAX_BYTES);
  if (stored.kind === 'none') return { kind: 'ok', entries: [], dropped: 0 };
  if (stored.kind === 'unreadable') return stored;
  const envelope = EnvelopeSchema.safeParse(stored.json);
  if (!envelope.success) return { kind: 'unreadable' };
  const entries: EvidenceEntry[] = [];
  const ids = new Set<string>();
  for (const row of envelope.data.entries) {
    const entry = EvidenceEntrySchema.safeParse(row);
    if (entry.success && !ids.has(entry.data.id)) {
      ids.add(entry.data.id);
      entries.push(entry.data);
    }
  }
  return {
    kind: 'ok',
    entries: sortEntries(entries),
    dropped: envelope.data.entries.length - entries.length,
  };
}

export function saveEvidence(storage: SafeStorage, entries: readonly EvidenceEntry[]): boolean {
  return storage.write(EVIDENCE_KEY, JSON.stringify({ v: 1, entries }));
}
