// The court screen, given the dates kept on this device, the stage the answers point to, and the
// clock (today in China time; the calendar file's stamp). Fetched when opened (ToolScreens.tsx).
import { useMemo } from 'react';
import { STAGE_FOR_LEGAL_ACTION, type CourtStage } from '../../flows/court/stages';
import { loadCourtDates, saveCourtDates } from '../boundaries/court-dates-store';
import type { SafeStorage } from '../boundaries/storage';
import { CourtScreen, type CourtDatesStore, type CourtScreenProps } from '../ui/court/CourtScreen';
import { chinaToday } from './china-today';
import { FlowContext } from './flow-context';

export type CourtPageProps = Pick<CourtScreenProps, 'onBack'> & { readonly storage: SafeStorage };

function stageFor(legalAction: unknown): CourtStage | null {
  return typeof legalAction === 'string' && Object.hasOwn(STAGE_FOR_LEGAL_ACTION, legalAction)
    ? STAGE_FOR_LEGAL_ACTION[legalAction as keyof typeof STAGE_FOR_LEGAL_ACTION]
    : null;
}

export function CourtPage({ storage, onBack }: CourtPageProps) {
  const legalAction = FlowContext.useSelector((s) => s.context.answers.legal_action);
  const store = useMemo<CourtDatesStore>(
    () => ({
      available: storage.available,
      load: () => loadCourtDates(storage),
      save: (dates) => saveCourtDates(storage, dates),
    }),
    [storage],
  );
  return (
    <CourtScreen
      store={store}
      stage={stageFor(legalAction)}
      today={chinaToday()}
      now={() => new Date()}
      onBack={onBack}
    />
  );
}
