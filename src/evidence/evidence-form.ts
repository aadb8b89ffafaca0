// The form for one evidence entry: typed text in, a checked entry (or the problems) out.
import * as z from 'zod/mini';
import { CHANNELS, EVIDENCE_LIMITS, type Channel, type EvidenceEntry } from './evidence-entry';
import { isoDate, parseDateInput, parseTime } from '../forms/parse-input';

export interface EvidenceFormValues {
  readonly date: string;
  readonly time: string;
  readonly who: string;
  readonly channel: Channel;
  readonly what: string;
  /** One file name per line. */
  readonly attachments: string;
}
export type EvidenceField = keyof EvidenceFormValues;
export type EvidenceProblem = 'date' | 'time' | 'required' | 'too_long';

const EvidenceFormSchema = z.object({
  date: z.string().check(
    z.refine((v) => v.trim() !== '', { message: 'required', abort: true }),
    z.refine((v) => parseDateInput(v) !== null, { message: 'date' }),
  ),
  time: z
    .string()
    .check(z.refine((v) => v.trim() === '' || parseTime(v) !== null, { message: 'time' })),
  who: z.string().check(z.maxLength(EVIDENCE_LIMITS.who, 'too_long')),
  channel: z.enum(CHANNELS),
  what: z.string().check(
    z.refine((v) => v.trim() !== '', { message: 'required' }),
    z.maxLength(EVIDENCE_LIMITS.what, 'too_long'),
  ),
  attachments: z.string().check(
    z.refine((v) => fileNames(v).length <= EVIDENCE_LIMITS.attachments, { message: 'too_long' }),
    z.refine((v) => fileNames(v).every((n) => n.length <= EVIDENCE_LIMITS.attachment), {
      message: 'too_long',
    }),
  ),
});

function fileNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function blankEvidenceForm(today: string): EvidenceFormValues {
  return { date: today, time: '', who: '', channel: 'call', what: '', attachments: '' };
}

export function formFromEntry(entry: EvidenceEntry): EvidenceFormValues {
  return { ...entry, attachments: entry.attachments.join('\n') };
}

export type CheckedEvidenceForm =
  | { readonly ok: true; readonly entry: Omit<EvidenceEntry, 'id'> }
  | { readonly ok: false; readonly problems: Partial<Record<EvidenceField, EvidenceProblem>> };

export function checkEvidenceForm(values: EvidenceFormValues): CheckedEvidenceForm {
  const result = EvidenceFormSchema.safeParse(values);
  if (!result.success) {
    const problems: Partial<Record<EvidenceField, EvidenceProblem>> = {};
    for (const issue of result.error.issues) {
      problems[issue.path[0] as EvidenceField] ??= issue.message as EvidenceProblem;
    }
    return { ok: false, problems };
  }
  const date = parseDateInput(values.date);
  if (date === null) return { ok: false, problems: { date: 'date' } };
  return {
    ok: true,
    entry: {
      date: isoDate(date),
      time: parseTime(values.time) ?? '',
      who: values.who.trim(),
      channel: values.channel,
      what: values.what.trim(),
      attachments: fileNames(values.attachments),
    },
  };
}
