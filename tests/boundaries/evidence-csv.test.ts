// The evidence log survives the trip through CSV: commas, quotes, line breaks and Chinese text
// come back exactly, and Excel gets a byte-order mark to read it as UTF-8.
import { evidenceToCsv, guardCell, type CsvLabels } from '../../src/boundaries/evidence-csv';
import type { EvidenceEntry } from '../../src/evidence/evidence-entry';
import { parseCsv } from '../support/csv';

const labels: CsvLabels = {
  columns: ['日期', '时间', '号码或名称', '方式', '经过', '证据文件'],
  channel: (channel) => ({ call: '电话', sms: '短信' })[channel as 'call' | 'sms'] ?? channel,
};

const entries: EvidenceEntry[] = [
  {
    id: '1',
    date: '2025-03-01',
    time: '22:40',
    who: '某某资产管理公司, 工号 "A7"',
    channel: 'call',
    what: '对方说：“再不还钱，就去你单位”，\n还说要"上门"。\r\n第二行, 有逗号',
    attachments: ['通话录音 1.m4a', 'shot,"2".png'],
  },
  {
    id: '2',
    date: '2025-03-02',
    time: '',
    who: '',
    channel: 'sms',
    what: 'plain',
    attachments: [],
  },
  {
    id: '3',
    date: '2025-03-03',
    time: '08:00',
    who: '+86 138 0000 0000',
    channel: 'call',
    what: '=HYPERLINK("http://example.invalid")',
    attachments: ['@list'],
  },
];

const row = (e: EvidenceEntry) => [
  e.date,
  e.time,
  e.who,
  labels.channel(e.channel),
  e.what,
  e.attachments.join('\n'),
];

describe('evidence as CSV', () => {
  const csv = evidenceToCsv(entries, labels);

  it('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through an RFC 4180 reader: header, then one row per entry', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...labels.columns]);
    expect(rows.slice(1)).toEqual(entries.map((e) => row(e).map(guardCell)));
    // Commas, quotes, line breaks (LF and CRLF) and Chinese come back unchanged.
    expect(rows[1]?.[2]).toBe(entries[0]?.who);
    expect(rows[1]?.[4]).toBe(entries[0]?.what);
    expect(rows[1]?.[5]).toBe('通话录音 1.m4a\nshot,"2".png');
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[3]?.[2]).toBe("'+86 138 0000 0000");
    expect(rows[3]?.[4]).toBe(`'=HYPERLINK("http://example.invalid")`);
    expect(rows[3]?.[5]).toBe("'@list");
    expect(guardCell('普通文字')).toBe('普通文字');
  });

  it('writes just the header for an empty log', () => {
    expect(parseCsv(evidenceToCsv([], labels).slice(1))).toEqual([[...labels.columns]]);
  });
});
