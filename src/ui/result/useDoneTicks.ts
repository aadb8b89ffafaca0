import { useCallback, useState } from 'react';

/** Where the ticks are kept: the app gives the device's storage (app/ResultPage.tsx). */
export interface DoneStore {
  readonly load: () => readonly string[];
  readonly save: (ids: readonly string[]) => void;
}

export interface DoneTicks {
  readonly isDone: (id: string) => boolean;
  readonly count: number;
  readonly setDone: (id: string, done: boolean) => void;
}

/**
 * The actions ticked as done, among those this plan holds. Ticks of actions that no longer apply
 * are not shown, and are dropped at the next tick, so a changed answer keeps every tick that
 * still counts.
 */
export function useDoneTicks(store: DoneStore, planIds: readonly string[]): DoneTicks {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(store.load()));
  const setDone = useCallback(
    (id: string, done: boolean) => {
      setTicked((before) => {
        const after = new Set([...before].filter((kept) => planIds.includes(kept)));
        if (done) after.add(id);
        else after.delete(id);
        store.save([...after]);
        return after;
      });
    },
    [store, planIds],
  );
  return {
    isDone: (id) => ticked.has(id),
    count: planIds.filter((id) => ticked.has(id)).length,
    setDone,
  };
}
