import type { EvidenceEntry } from '../../evidence/evidence-entry';
import type { EvidenceStrings } from '../../i18n/lazy-bundles';

/** The log as a table: shown on paper only (a six-column table does not fit a phone screen). */
export function EvidenceTable({
  strings,
  entries,
}: {
  readonly strings: EvidenceStrings;
  readonly entries: readonly EvidenceEntry[];
}) {
  const c = strings.column;
  return (
    <table className="print-only evidence-print">
      <caption>{strings.table_caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.date}</th>
          <th scope="col">{c.time}</th>
          <th scope="col">{c.who}</th>
          <th scope="col">{c.channel}</th>
          <th scope="col">{c.what}</th>
          <th scope="col">{c.attachments}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>{entry.date}</td>
            <td>{entry.time}</td>
            <td>{entry.who}</td>
            <td>{strings.channel[entry.channel]}</td>
            <td>{entry.what}</td>
            <td>{entry.attachments.join('\n')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
