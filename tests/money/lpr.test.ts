import { LPR_HISTORY, LPR_KNOWN_THROUGH, isBeyondKnownLpr, lprOn } from '../../flows/money/lpr';

// Fact `lpr_history` as shared/spec/legal-facts.md words it, transcribed here to check the table.
const FACT =
  '4.25% 2019-08-20; 4.20% 2019-09-20; 4.15% 2019-11-20; 4.05% 2020-02-20; 3.85% 2020-04-20; ' +
  '3.80% 2021-12-20; 3.70% 2022-01-20; 3.65% 2022-08-22; 3.55% 2023-06-20; 3.45% 2023-08-21; ' +
  '3.35% 2024-07-22; 3.10% 2024-10-21; 3.00% 2025-05-20, unchanged through at least 2026-09.';

describe('the LPR table', () => {
  it('holds the dates and values of lpr_history exactly', () => {
    const fromFact = [...FACT.matchAll(/(\d)\.(\d\d)% (\d{4}-\d{2}-\d{2})/g)].map((m) => ({
      from: m[3],
      basisPoints: Number(`${m[1]}${m[2]}`),
    }));
    expect(fromFact).toHaveLength(13);
    expect(LPR_HISTORY).toEqual(fromFact);
    expect(FACT).toContain(`through at least ${LPR_KNOWN_THROUGH}`);
  });

  it('is in date order, so the last entry not after a date is the one in force', () => {
    const dates = LPR_HISTORY.map((e) => e.from);
    expect([...dates].sort()).toEqual(dates);
  });

  it('finds the entry in force on a date', () => {
    expect(lprOn('2019-08-19')).toBeNull();
    expect(lprOn('2019-08-20')).toEqual({ from: '2019-08-20', basisPoints: 425 });
    expect(lprOn('2024-10-20')?.basisPoints).toBe(335);
    expect(lprOn('2024-10-21')?.basisPoints).toBe(310);
  });

  it('knows when a date is past what the table was checked through', () => {
    expect(isBeyondKnownLpr('2026-09-30')).toBe(false);
    expect(isBeyondKnownLpr('2026-10-01')).toBe(true);
  });
});
