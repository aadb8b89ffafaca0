// The letters, the evidence log and the court papers: fetched only when opened, with their strings and styles.
import { lazy } from 'react';

export const LettersScreen = lazy(() =>
  import('../ui/letters/LettersScreen').then((m) => ({ default: m.LettersScreen })),
);
export const EvidencePage = lazy(() =>
  import('./EvidencePage').then((m) => ({ default: m.EvidencePage })),
);
export const CourtPage = lazy(() => import('./CourtPage').then((m) => ({ default: m.CourtPage })));
