// One entry of the evidence log, as the form, the screen, the letters and storage all know it.
// (Storage checks what it reads back against it: src/boundaries/evidence-store.ts.)

export const CHANNELS = [
  'call',
  'sms',
  'chat',
  'app',
  'visit',
  'third_party',
  'letter',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVIDENCE_LIMITS = { who: 200, what: 4000, attachment: 200, attachments: 50 } as const;

export interface EvidenceEntry {
  readonly id: string;
  /** YYYY-MM-DD, a real date. */
  readonly date: string;
  /** HH:MM, or '' when not noted. */
  readonly time: string;
  readonly who: string;
  readonly channel: Channel;
  readonly what: string;
  readonly attachments: readonly string[];
}

export type LoadedEvidence =
  | { readonly kind: 'ok'; readonly entries: readonly EvidenceEntry[]; readonly dropped: number }
  | { readonly kind: 'unreadable' };

/** Oldest first: the order a complaint tells the story in. */
export function sortEntries(entries: readonly EvidenceEntry[]): EvidenceEntry[] {
  return [...entries].sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
}
