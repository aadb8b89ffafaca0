// Code that runs inside the page (passed to Playwright as functions, so it must not use anything
// from this module's scope). It observes paints and long tasks from the very start, taps "begin"
// the moment the button works, and times answer taps up to the next question's paint.

export interface LoadProbeConfig {
  /**
   * The button to tap as soon as it responds; null leaves the start screen alone (Lighthouse's
   * way).
   */
  readonly beginLabel: string | null;
  readonly firstQuestionTitle: string;
}

export interface LoadProbeResult {
  readonly fcp: number | null;
  /** The start screen's Largest Contentful Paint (entries before the first question). */
  readonly lcp: number | null;
  /** Navigation start → first question painted, tapping "begin" as soon as it responds. */
  readonly firstQuestion: number | null;
  /** Σ (long task − 50 ms) from First Contentful Paint until the page has been quiet for 2 s. */
  readonly tbt: number;
  /**
   * The same sum from navigation start: a page that paints only after its JavaScript has run
   * (the floor) has its start-up work before its First Contentful Paint, where TBT does not look.
   */
  readonly blockingFromStart: number;
  /** The longest task from navigation start until the page has been quiet for 2 s. */
  readonly longestTask: number;
}

interface ProbeState {
  fcp: number | null;
  lcp: { time: number }[];
  longTasks: { start: number; duration: number }[];
  questionAt: number | null;
  /**
   * One per "continue" tap: its event time, the heading it led to, and the ms until the frame
   * after that heading appeared has run (a task after the next frame).
   */
  taps: { at: number; ms: number; heading: string }[];
  /** The browser's own clock (Event Timing): a click's start → the next paint after it, in ms. */
  clicks: { at: number; ms: number }[];
}

declare global {
  interface Window {
    __probe?: ProbeState;
  }
}

/** Installed with page.addInitScript: runs before any of the page's own scripts. */
export function installLoadProbe(config: LoadProbeConfig): void {
  const state: ProbeState = {
    fcp: null,
    lcp: [],
    longTasks: [],
    questionAt: null,
    taps: [],
    clicks: [],
  };
  window.__probe = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.lcp.push({ time: entry.startTime });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });

  if (config.beginLabel === null) return;
  const painted = () =>
    requestAnimationFrame(() => setTimeout(() => (state.questionAt = performance.now()), 0));
  const tick = () => {
    if (document.querySelector('h1')?.textContent === config.firstQuestionTitle) return painted();
    const begin = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === config.beginLabel,
    );
    begin?.click();
    setTimeout(tick, 16);
  };
  setTimeout(tick, 0);
}

/**
 * Waits for the first question (or, with the start screen left alone, for the page's load event),
 * then for 2 s without a long task (at most 20 s).
 */
export async function collectLoadProbe(until: 'question' | 'load'): Promise<LoadProbeResult> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const state = window.__probe;
  if (!state) throw new Error('load probe not installed');
  const started = performance.now();
  const arrived = () =>
    until === 'question' ? state.questionAt !== null : document.readyState === 'complete';
  while (!arrived() && performance.now() - started < 60_000) await sleep(50);
  if (!arrived())
    throw new Error(`the ${until === 'question' ? 'first question' : 'page'} never came`);
  const questionAt = state.questionAt;
  const settledFrom = questionAt ?? performance.now();
  const lastTaskEnd = () =>
    Math.max(0, ...state.longTasks.map((task) => task.start + task.duration));
  while (
    performance.now() - Math.max(lastTaskEnd(), settledFrom) < 2000 &&
    performance.now() - started < 20_000
  ) {
    await sleep(100);
  }
  const fcp = state.fcp;
  const startScreen = state.lcp.filter((entry) => questionAt === null || entry.time < questionAt);
  const blocking = (tasks: readonly { duration: number }[]) =>
    tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
  return {
    fcp,
    lcp: startScreen.at(-1)?.time ?? null,
    firstQuestion: questionAt,
    tbt: blocking(state.longTasks.filter((task) => fcp === null || task.start >= fcp)),
    blockingFromStart: blocking(state.longTasks),
    longestTask: Math.max(0, ...state.longTasks.map((task) => task.duration)),
  };
}

/**
 * Times every tap on a button labelled `continueLabel`: from the tap's event time to the frame
 * after the heading changed (the next screen rendered, then painted). Results go to __probe.taps.
 */
export function installTapProbe(continueLabel: string): void {
  const state = window.__probe;
  if (!state) throw new Error('load probe not installed');
  const heading = () => document.querySelector('h1')?.textContent ?? '';
  // Interaction to Next Paint's clock. Chromium reports only events of 16 ms or more.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'click') state.clicks.push({ at: entry.startTime, ms: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (target?.textContent?.trim() !== continueLabel) return;
      const tappedAt = event.timeStamp;
      const before = heading();
      // Marks for a performance trace (perf/trace-breakdown.ts): where each tap begins and ends.
      performance.mark('tap', { startTime: tappedAt });
      const done = () => {
        performance.mark('tap-painted');
        state.taps.push({ at: tappedAt, ms: performance.now() - tappedAt, heading: heading() });
      };
      const painted = () => requestAnimationFrame(() => setTimeout(done, 0));
      const observer = new MutationObserver(() => {
        if (heading() === before) return;
        observer.disconnect();
        painted();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    { capture: true },
  );
}
