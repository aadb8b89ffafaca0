// One evidence entry as typed: a real date and what happened are required; time is optional but
// must be a real time; file names are one per line.
import {
  blankEvidenceForm,
  checkEvidenceForm,
  formFromEntry,
} from '../../src/evidence/evidence-form';

const typed = { ...blankEvidenceForm('2025-03-08'), what: '  威胁上门  ', who: ' 某某公司 ' };

describe('an evidence entry as typed', () => {
  it('becomes a clean entry', () => {
    const checked = checkEvidenceForm({
      ...typed,
      date: '2025年3月8日',
      time: '8:05',
      attachments: 'a.m4a\n\n  b.png \n',
    });
    expect(checked).toEqual({
      ok: true,
      entry: {
        date: '2025-03-08',
        time: '08:05',
        who: '某某公司',
        channel: 'call',
        what: '威胁上门',
        attachments: ['a.m4a', 'b.png'],
      },
    });
  });

  it('names each problem', () => {
    expect(checkEvidenceForm({ ...typed, date: '2025-02-30', time: '25:00', what: ' ' })).toEqual({
      ok: false,
      problems: { date: 'date', time: 'time', what: 'required' },
    });
    expect(checkEvidenceForm({ ...typed, date: '' })).toEqual({
      ok: false,
      problems: { date: 'required' },
    });
    expect(checkEvidenceForm({ ...typed, who: 'x'.repeat(201) })).toEqual({
      ok: false,
      problems: { who: 'too_long' },
    });
  });

  it('opens a saved entry for editing as it was', () => {
    const entry = {
      id: 'a',
      date: '2025-03-08',
      time: '',
      who: '',
      channel: 'sms' as const,
      what: 'x',
      attachments: ['a', 'b'],
    };
    const { ok } = checkEvidenceForm(formFromEntry(entry));
    expect(ok).toBe(true);
    expect(formFromEntry(entry).attachments).toBe('a\nb');
  });
});
