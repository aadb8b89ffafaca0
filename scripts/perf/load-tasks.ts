// Reads a trace of a first visit (trace.ts with LOAD_CATEGORIES): the page's main-thread tasks of
// 50 ms or more from navigation start, each with its work by kind, and the First Contentful Paint.
// Long tasks before the first paint delay it; those after it are what Total Blocking Time counts.
import { kindOf, readTraceEvents, selfTimes, type TraceEvent } from './trace-breakdown';

export interface LoadTask {
  /** ms from navigation start */
  readonly start: number;
  readonly duration: number;
  /** ms of the task's work by kind, most first */
  readonly kinds: readonly [string, number][];
}

export interface LoadTrace {
  /** ms from navigation start */
  readonly fcp: number | null;
  readonly tasks: readonly LoadTask[];
}

const LONG_TASK_MS = 50;
const isTask = (event: TraceEvent) =>
  event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask';

export function loadTasks(traceFile: string): LoadTrace {
  const events = readTraceEvents(traceFile);
  const isPage = (url: unknown) => typeof url === 'string' && url.startsWith('http');
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && isPage(e.args?.data?.['documentLoaderURL']),
  );
  if (!navigation) throw new Error('no navigation to the page in the trace');
  const { pid, tid, ts: start } = navigation;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const fcp = events.find((e) => e.pid === pid && e.name === 'firstContentfulPaint');
  const tasks = main
    .filter((e) => isTask(e) && e.ts >= start && (e.dur ?? 0) >= LONG_TASK_MS * 1000)
    .sort((a, b) => a.ts - b.ts)
    .map((task): LoadTask => {
      const end = task.ts + (task.dur ?? 0);
      const inside = main.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
      const kinds = new Map<string, number>();
      for (const { event, self } of selfTimes(inside)) {
        const kind = isTask(event) ? 'other' : kindOf(event.name);
        kinds.set(kind, (kinds.get(kind) ?? 0) + self / 1000);
      }
      return {
        start: (task.ts - start) / 1000,
        duration: (task.dur ?? 0) / 1000,
        kinds: [...kinds].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]),
      };
    });
  return { fcp: fcp ? (fcp.ts - start) / 1000 : null, tasks };
}
