// The court screen, given the dates kept on this device, the stage the answers point to, and the
// clock (today in China time; the calendar file's stamp). Fetched when opened (ToolScreens.tsx).
import { useMemo } from 'react';
import { stageOfActions } from '../../flows/court/stages';
import { planOf } from '../../flows/debt-collection/plan';
import { loadCourtDates, saveCourtDates } from '../boundaries/court-dates-store';
import type { SafeStorage } from '../boundaries/storage';
import { CourtScreen, type CourtDatesStore, type CourtScreenProps } from '../ui/court/CourtScreen';
import { chinaToday } from './china-today';
import { FlowContext } from './flow-context';

export type CourtPageProps = Pick<CourtScreenProps, 'onBack'> & { readonly storage: SafeStorage };

export function CourtPage({ storage, onBack }: CourtPageProps) {
  // The stage of the plan's lawsuit actions (verify, respond, comply), which the legal_action
  // answer and the other lawsuit triggers (fake legal papers, posing as a court) decide.
  const stage = FlowContext.useSelector((snapshot) => {
    const plan = planOf(snapshot);
    return plan.complete ? stageOfActions(plan.actions.map((action) => action.id)) : null;
  });
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
      stage={stage}
      today={chinaToday()}
      now={() => new Date()}
      onBack={onBack}
    />
  );
}
