// The evidence log on the device: read back through zod, one row at a time, so a damaged row
// never costs the rest; saved and cleared under its own key.
import { EVIDENCE_KEY, clearKeptWithAnswers } from '../../src/boundaries/kept-with-answers';
import { loadEvidence, saveEvidence } from '../../src/boundaries/evidence-store';
import type { EvidenceEntry } from '../../src/evidence/evidence-entry';
import { safeStorage } from '../../src/boundaries/storage';
import { memoryStorage } from '../support/render';

const good: EvidenceEntry = {
  id: 'a',
  date: '2025-03-01',
  time: '22:40',
  who: '某某公司',
  channel: 'call',
  what: '威胁上门',
  attachments: ['录音.m4a'],
};

function storeWith(raw: string | null) {
  const store = memoryStorage(raw === null ? {} : { [EVIDENCE_KEY]: raw });
  return { store, storage: safeStorage(() => store) };
}

describe('evidence log storage', () => {
  it('reads nothing saved as an empty log', () => {
    expect(loadEvidence(storeWith(null).storage)).toEqual({ kind: 'ok', entries: [], dropped: 0 });
  });

  it('saves, reads back oldest first, and clears', () => {
    const { store, storage } = storeWith(null);
    const later = { ...good, id: 'b', date: '2025-03-05', time: '' };
    const earlier = { ...good, id: 'c', date: '2025-03-01', time: '08:00' };
    expect(saveEvidence(storage, [later, good, earlier])).toBe(true);
    const loaded = loadEvidence(storage);
    expect(loaded).toEqual({ kind: 'ok', entries: [earlier, good, later], dropped: 0 });
    clearKeptWithAnswers(storage);
    expect(store.data.has(EVIDENCE_KEY)).toBe(false);
  });

  it('keeps every valid row and drops the rest', () => {
    const rows = [
      good,
      { ...good, id: 'bad-date', date: '2025-02-30' },
      { ...good, id: 'bad-time', time: '25:00' },
      { ...good, id: 'bad-channel', channel: 'pigeon' },
      { ...good, id: 'empty', what: '' },
      { ...good, id: 'a' }, // same id twice: the first wins
      'not an entry',
      { ...good, id: 'ok-2', attachments: [] },
    ];
    const loaded = loadEvidence(storeWith(JSON.stringify({ v: 1, entries: rows })).storage);
    expect(loaded).toEqual({
      kind: 'ok',
      entries: [good, { ...good, id: 'ok-2', attachments: [] }],
      dropped: 6,
    });
  });

  it('calls damaged or foreign data unreadable, and never throws', () => {
    for (const raw of [
      '{',
      '[]',
      '{"v":2,"entries":[]}',
      '{"v":1}',
      'null',
      'x'.repeat(3 * 1024 * 1024),
    ]) {
      expect(loadEvidence(storeWith(raw).storage), raw.slice(0, 20)).toEqual({
        kind: 'unreadable',
      });
    }
  });
});
