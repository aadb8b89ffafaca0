// The screens reached from the result (and the money screens, from the start screen too): one
// chunk the first screen fetches only when one of them opens (lazy-screens.ts), and each screen in
// it fetched on its own, with its strings and styles. One lazy entry keeps the first screen's
// download the same size however many tools are added.
import { lazy, useState } from 'react';
import { isComplete } from '../../flows/debt-collection/position';
import type { SafeStorage } from '../boundaries/storage';
import { FlowContext } from './flow-context';
import type { LaterScreen } from './guide-state';

const LettersScreen = lazy(() =>
  import('../ui/letters/LettersScreen').then((m) => ({ default: m.LettersScreen })),
);
const EvidencePage = lazy(() =>
  import('./EvidencePage').then((m) => ({ default: m.EvidencePage })),
);
const CourtPage = lazy(() => import('./CourtPage').then((m) => ({ default: m.CourtPage })));
const DebtsPage = lazy(() => import('./MoneyPage').then((m) => ({ default: m.DebtsPage })));
const BudgetPage = lazy(() => import('./MoneyPage').then((m) => ({ default: m.BudgetPage })));
const CostPage = lazy(() => import('./MoneyPage').then((m) => ({ default: m.CostPage })));

export interface ToolScreensProps {
  readonly screen: LaterScreen;
  readonly storage: SafeStorage;
  readonly onBack: () => void;
  readonly open: (screen: LaterScreen) => () => void;
}

export function ToolScreens({ screen, storage, onBack, open }: ToolScreensProps) {
  // The debt whose letter the offer asked for: kept while one of these screens is shown.
  const [letterDebt, setLetterDebt] = useState<string | null>(null);
  const complete = FlowContext.useSelector(isComplete);
  const openLetter = (debtId: string) => {
    setLetterDebt(debtId);
    open('letters')();
  };
  switch (screen) {
    case 'letters':
      return (
        <LettersScreen
          storage={storage}
          onBack={onBack}
          onOpenEvidence={open('evidence')}
          debtId={letterDebt}
        />
      );
    case 'evidence':
      return <EvidencePage storage={storage} onBack={onBack} onOpenLetters={open('letters')} />;
    case 'court':
      return <CourtPage storage={storage} onBack={onBack} />;
    case 'debts':
      return <DebtsPage storage={storage} onBack={onBack} onOpenBudget={open('budget')} />;
    case 'budget':
      return (
        <BudgetPage
          storage={storage}
          onBack={onBack}
          onOpenDebts={open('debts')}
          onOpenLetter={complete ? openLetter : undefined}
        />
      );
    case 'cost':
      return <CostPage storage={storage} onBack={onBack} />;
  }
}
