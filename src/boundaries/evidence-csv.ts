// The evidence log as CSV (RFC 4180): CRLF between rows; a field holding a comma, a quote or a
// line break is quoted, with quotes doubled. A byte-order mark makes Excel read it as UTF-8, so
// Chinese text opens correctly.
import type { EvidenceEntry } from '../evidence/evidence-entry';

export interface CsvLabels {
  readonly columns: readonly [string, string, string, string, string, string];
  readonly channel: (channel: EvidenceEntry['channel']) => string;
}

const BOM = '\uFEFF';

/**
 * Spreadsheets run a cell that starts with = + - or @ as a formula, and a collector's message or
 * a "+86…" number could start that way: such cells get a leading apostrophe, which spreadsheets
 * show as text (OWASP, "CSV injection").
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function evidenceToCsv(entries: readonly EvidenceEntry[], labels: CsvLabels): string {
  const rows = [
    [...labels.columns],
    ...entries.map((entry) => [
      entry.date,
      entry.time,
      entry.who,
      labels.channel(entry.channel),
      entry.what,
      entry.attachments.join('\n'),
    ]),
  ];
  return (
    BOM +
    rows.map((row) => row.map((cell) => csvField(guardCell(cell))).join(',')).join('\r\n') +
    '\r\n'
  );
}
