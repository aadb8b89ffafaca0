// The evidence log screen, given the log as kept on this device. Fetched when opened
// (ToolScreens.tsx), with the log's schema and CSV export.
import { useMemo } from 'react';
import { evidenceToCsv } from '../boundaries/evidence-csv';
import { loadEvidence, saveEvidence } from '../boundaries/evidence-store';
import type { SafeStorage } from '../boundaries/storage';
import {
  EvidenceScreen,
  type EvidenceScreenProps,
  type EvidenceStore,
} from '../ui/evidence/EvidenceScreen';

export function evidenceStore(storage: SafeStorage): EvidenceStore {
  return {
    available: storage.available,
    load: () => loadEvidence(storage),
    save: (entries) => saveEvidence(storage, entries),
    toCsv: evidenceToCsv,
  };
}

export type EvidencePageProps = Omit<EvidenceScreenProps, 'store'> & {
  readonly storage: SafeStorage;
};

export function EvidencePage({ storage, ...props }: EvidencePageProps) {
  const store = useMemo(() => evidenceStore(storage), [storage]);
  return <EvidenceScreen {...props} store={store} />;
}
