// The letters, the evidence log, the court papers and the money screens: fetched only when
// opened, with their strings and styles.
import { lazy } from 'react';

export const LettersScreen = lazy(() =>
  import('../ui/letters/LettersScreen').then((m) => ({ default: m.LettersScreen })),
);
export const EvidencePage = lazy(() =>
  import('./EvidencePage').then((m) => ({ default: m.EvidencePage })),
);
export const CourtPage = lazy(() => import('./CourtPage').then((m) => ({ default: m.CourtPage })));
export const DebtsPage = lazy(() => import('./MoneyPage').then((m) => ({ default: m.DebtsPage })));
export const BudgetPage = lazy(() =>
  import('./MoneyPage').then((m) => ({ default: m.BudgetPage })),
);
export const CostScreen = lazy(() =>
  import('../ui/money/CostScreen').then((m) => ({ default: m.CostScreen })),
);
