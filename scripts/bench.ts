// `npm run bench [-- --runs 5 --taps 20 --browser-only --trace --sizes-only]`: builds the production app and
// prints what a cheap phone downloads and how fast it responds, beside a plain React page (the
// floor, perf/floor.ts); --trace also records the continue taps' main-thread work (perf/trace.ts).
// Not a test: times vary from machine to machine (and with its load); tests/perf/budget.test.ts
// asserts only the deterministic sizes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import zhCN from '../locales/zh-CN/index.ts';
import { QUESTION_IDS } from '../flows/debt-collection/questions';
import { buildApp } from './perf/build';
import { buildFloor } from './perf/floor';
import {
  assetsOfKind,
  bytesOf,
  firstScreen,
  lazyFiles,
  localeBundles,
  readManifest,
  sumBytes,
  type Bytes,
} from './perf/bundle';
import type { Browser, Page } from 'playwright-core';
import { CPU_SLOWDOWN, PHONE, SLOW_4G, launchChromium, throttle } from './perf/chromium';
import { collectLoadProbe, installLoadProbe, type LoadProbeResult } from './perf/page-probes';
import { PROJECT_ROOT } from './perf/paths';
import { timeReplays, type ReplayTiming } from './perf/replay-timing';
import { kB, median, minMedianMax, ms, table } from './perf/report';
import { serveStatic } from './perf/serve';
import { measureTaps, type TapWords } from './perf/taps';
import { loadTasks, type LoadTrace } from './perf/load-tasks';
import { LOAD_CATEGORIES, recordTrace } from './perf/trace';
import { tapBreakdown } from './perf/trace-breakdown';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    taps: { type: 'string', default: '20' },
    'browser-only': { type: 'boolean', default: false },
    // The byte table alone: no browser, no timing.
    'sizes-only': { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
  },
});
const RUNS = Number(options.runs);
const TAPS = Number(options.taps);
const ACTIVE_LANGUAGE = 'zh-CN';
const RESULTS_DIR = join(PROJECT_ROOT, 'bench-results');
mkdirSync(RESULTS_DIR, { recursive: true });

/** Lazy screens with a row of their own: what opening each adds to the first screen's files. */
const LAZY_SCREENS: readonly (readonly [string, string])[] = [
  ['result screen (lazy)', 'src/app/ResultPage.tsx'],
  ['tool screens switch (lazy)', 'src/app/ToolScreens.tsx'],
  ['money screens: debts, budget, offer, true cost (lazy)', 'src/app/MoneyPage.tsx'],
  ['court screen (lazy)', 'src/app/CourtPage.tsx'],
  ['letters (lazy)', 'src/ui/letters/LettersScreen.tsx'],
  ['evidence log (lazy)', 'src/app/EvidencePage.tsx'],
];

function sizeTable(outDir: string): string {
  const manifest = readManifest(outDir);
  const first = firstScreen(manifest, readFileSync(join(outDir, 'index.html'), 'utf8'));
  const locales = localeBundles(manifest).filter((locale) => locale.bundle === 'index');
  const allJs = assetsOfKind(outDir, '.js');
  const allCss = assetsOfKind(outDir, '.css');
  const localeFiles = new Set(localeBundles(manifest).map((locale) => locale.file));
  const later = allJs.filter((file) => !first.js.includes(file) && !localeFiles.has(file));
  const row = (what: string, files: readonly string[], bytes: Bytes = sumBytes(outDir, files)) => [
    what,
    String(files.length),
    kB(bytes.raw),
    kB(bytes.gzip),
    kB(bytes.brotli),
  ];
  const html = bytesOf(readFileSync(join(outDir, 'index.html')));
  const worker = readdirSync(outDir).filter((name) => /^(sw|workbox-[\w-]+)\.js$/.test(name));
  return table(
    ['bytes (kB = 1000 B)', 'files', 'raw', 'gzip', 'brotli'],
    [
      row('first screen JS', first.js),
      row(
        'saved-answers reader with zod (only when answers are saved)',
        lazyFiles(manifest, 'src/boundaries/session-load.ts', first),
      ),
      row('first screen CSS (inlined into index.html)', first.css),
      row('index.html', ['index.html'], html),
      ...locales.map(({ language, file }) =>
        row(`locale ${language}${language === ACTIVE_LANGUAGE ? ' (active)' : ''}`, [file]),
      ),
      row(
        'locale extras, all languages (lazy screens)',
        [...localeFiles].filter((f) => !locales.some((l) => l.file === f)),
      ),
      ...LAZY_SCREENS.map(([what, source]) => row(what, lazyFiles(manifest, source, first))),
      row('JS loaded later (lazy screens)', later),
      row('all JS', allJs),
      row('all CSS', allCss),
      row('service worker (sw.js + Workbox)', worker),
    ],
  );
}

interface RunResult extends LoadProbeResult {
  /** Median of the run's taps, by the browser's paint clock (Event Timing). */
  readonly tapMedian: number;
  /** Median of the run's taps, up to a task after the next frame. */
  readonly tapSettledMedian: number;
  /** The load with the start screen left alone (nothing tapped). */
  readonly idle: LoadProbeResult;
}

const WORDS: TapWords = {
  questionTitles: QUESTION_IDS.map((id) => zhCN.question[id].title),
  continueLabel: zhCN.nav.continue,
  restartLabel: zhCN.nav.restart,
  confirmRestartLabel: zhCN.restart.confirm,
};

/** A fresh context (a first visit, nothing cached), throttled, with the load probe installed. */
async function newPage(browser: Browser, tapBegin: boolean) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await throttle(page);
  // tsx compiles with keepNames; the page needs its helper to run functions passed to it.
  await page.addInitScript('globalThis.__name ??= (f) => f;');
  await page.addInitScript(installLoadProbe, {
    beginLabel: tapBegin ? zhCN.start.begin : null,
    firstQuestionTitle: zhCN.question.debt_type.title,
  });
  return { context, page };
}

async function openPage(browser: Browser, url: string, tapBegin: boolean) {
  const opened = await newPage(browser, tapBegin);
  await opened.page.goto(url, { waitUntil: 'commit' });
  return opened;
}

const traceFile = (what: string) =>
  join(RESULTS_DIR, `${what}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);

/** A first visit left alone, traced from navigation until 2 s without a long task. */
async function traceLoad(url: string, name: string): Promise<LoadTrace> {
  const browser = await launchChromium();
  const file = traceFile(`load-${name}`);
  try {
    const { context, page } = await newPage(browser, false);
    const load = async () => void (await loadLeftAlone(page, url));
    await recordTrace(browser, page, file, load, LOAD_CATEGORIES);
    await context.close();
  } finally {
    await browser.close();
  }
  return loadTasks(file);
}

function loadTaskTable(traces: readonly (readonly [string, LoadTrace])[]): string {
  const rows = traces.flatMap(([name, trace]) => [
    [`${name}: First Contentful Paint`, trace.fcp === null ? '–' : `${ms(trace.fcp)} ms`, '', ''],
    ...trace.tasks.map((task) => [
      `${name}: a task ${trace.fcp !== null && task.start >= trace.fcp ? 'after' : 'before'} it`,
      `${ms(task.start)} ms`,
      `${ms(task.duration)} ms`,
      task.kinds.map(([kind, value]) => `${kind} ${ms(value)}`).join(', '),
    ]),
  ]);
  return table(
    [
      'a first visit left alone, traced: tasks of 50 ms or more',
      'starts at',
      'lasts',
      'of which, by kind (ms)',
    ],
    rows,
  );
}

/** Loaded up to the first question, "begin" tapped as soon as it responds. */
async function openFirstQuestion(browser: Browser, url: string) {
  const { context, page } = await openPage(browser, url, true);
  const load = await page.evaluate(collectLoadProbe, 'question' as const);
  return { context, page, load };
}

/** Goes to `url` and leaves the start screen alone, as Lighthouse loads a page. */
async function loadLeftAlone(page: Page, url: string): Promise<LoadProbeResult> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(collectLoadProbe, 'load' as const);
}

/** A first visit that leaves the start screen alone. */
async function idleLoad(browser: Browser, url: string): Promise<LoadProbeResult> {
  const { context, page } = await newPage(browser, false);
  const load = await loadLeftAlone(page, url);
  await context.close();
  return load;
}

async function browserRuns(url: string, name: string): Promise<RunResult[]> {
  const browser = await launchChromium();
  const results: RunResult[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const idle = await idleLoad(browser, url);
      const { context, page, load } = await openFirstQuestion(browser, url);
      const taps = await measureTaps(page, WORDS, TAPS);
      results.push({
        ...load,
        tapMedian: median(taps.painted),
        tapSettledMedian: median(taps.settled),
        idle,
      });
      process.stderr.write(
        `${name} run ${run + 1}/${RUNS}: TBT ${ms(idle.tbt)} ms left alone ` +
          `(longest task ${ms(idle.longestTask)} ms), ` +
          `${ms(load.tbt)} ms tapped; ` +
          `first question ${load.firstQuestion === null ? '–' : ms(load.firstQuestion)} ms, ` +
          `tap median ${ms(median(taps.painted))} ms painted, ` +
          `${ms(median(taps.settled))} ms settled\n`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** The continue taps' main-thread work, from a performance trace saved in `resultsDir`. */
async function traceTaps(url: string, buildDir: string): Promise<string> {
  const browser = await launchChromium();
  const file = traceFile('trace');
  try {
    const { context, page } = await openFirstQuestion(browser, url);
    await recordTrace(browser, page, file, async () => void (await measureTaps(page, WORDS, TAPS)));
    await context.close();
  } finally {
    await browser.close();
  }
  const { taps, kinds, functions } = tapBreakdown(file, buildDir);
  const total = kinds.reduce((sum, [, value]) => sum + value, 0);
  const row = ([what, value]: readonly [string, number]) => [what, `${value.toFixed(2)} ms`];
  return [
    `trace: ${file}`,
    table(
      [`main thread per continue tap, traced (mean of ${taps})`, 'ms'],
      [...kinds, ['total', total] as const].map(row),
    ),
    table(['JavaScript self time per tap, top functions', 'ms'], functions.map(row)),
  ].join('\n\n');
}

function timingRow(what: string, values: readonly (number | null)[], unit = 'ms'): string[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return [what, '–', '–', '–'];
  return [what, ...minMedianMax(present).map((v) => `${ms(v)} ${unit}`)];
}

function replayTable(replay: ReplayTiming): string {
  const { micros } = replay;
  return table(
    [
      `Node: ${replay.answerSets} answer combinations, ${replay.routes} routes`,
      'min',
      'median',
      'p99',
      'max',
    ],
    [
      [
        'one full plan (replay + rules)',
        ...[micros.min, micros.median, micros.p99, micros.max].map((v) => `${ms(v)} µs`),
      ],
    ],
  );
}

async function floorRuns(): Promise<{ runs: RunResult[]; load: LoadTrace | null }> {
  process.stderr.write('building the floor page…\n');
  const floorDir = await buildFloor();
  const server = await serveStatic(floorDir);
  try {
    const runs = await browserRuns(server.url, 'floor');
    return { runs, load: options.trace ? await traceLoad(server.url, 'floor') : null };
  } finally {
    await server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

async function main() {
  process.stderr.write('building…\n');
  const outDir = buildApp();
  const sizes = sizeTable(outDir);
  if (options['sizes-only']) {
    rmSync(outDir, { recursive: true, force: true });
    process.stdout.write(`${sizes}\n`);
    return;
  }
  const server = await serveStatic(outDir);
  let runs: RunResult[];
  let trace = '';
  let guideLoad: LoadTrace | null = null;
  try {
    runs = await browserRuns(server.url, 'guide');
    if (options.trace) {
      trace = await traceTaps(server.url, outDir);
      guideLoad = await traceLoad(server.url, 'guide');
    }
  } finally {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  const { runs: floor, load: floorLoad } = await floorRuns();
  /** A row for the guide's runs and, beneath it, one for the floor's, read the same way. */
  const withFloor = (
    what: string,
    pick: (run: RunResult) => number | null,
    floorWhat = 'floor: the same',
  ) => [timingRow(what, runs.map(pick)), timingRow(floorWhat, floor.map(pick))];
  /** The same two rows for a tap, and the ratio of their medians. */
  const tapAgainstFloor = (
    what: string,
    pick: (run: RunResult) => number,
    floorWhat: string,
    ratioWhat: string,
  ) => {
    const ratio = median(runs.map(pick)) / median(floor.map(pick));
    return [...withFloor(what, pick, floorWhat), [ratioWhat, '', `${ratio.toFixed(1)}×`, '']];
  };
  const replay = options['browser-only'] ? null : timeReplays();

  const conditions =
    `Chromium ${CPU_SLOWDOWN}× CPU slowdown, ${SLOW_4G.latency} ms latency, ` +
    `${kB(SLOW_4G.downloadThroughput)} kB/s down, 360×740 touch, ${RUNS} runs ` +
    `(fresh profile each), ${ACTIVE_LANGUAGE}`;
  const timings = table(
    [conditions, 'min', 'median', 'max'],
    [
      timingRow(
        'first question visible (from navigation)',
        runs.map((r) => r.firstQuestion),
      ),
      timingRow(
        'Largest Contentful Paint (start screen)',
        runs.map((r) => r.lcp),
      ),
      ...withFloor(
        'First Contentful Paint',
        (r) => r.fcp,
        'floor: the same (it paints only after its JavaScript has run)',
      ),
      ...withFloor(
        'Total Blocking Time, start screen left alone (FCP → 2 s quiet)',
        (r) => r.idle.tbt,
      ),
      ...withFloor(
        'blocking time from navigation start, left alone (Σ long task − 50 ms)',
        (r) => r.idle.blockingFromStart,
      ),
      ...withFloor('longest task while loading, left alone', (r) => r.idle.longestTask),
      timingRow(
        'Total Blocking Time, "begin" tapped at once (FCP → 2 s quiet)',
        runs.map((r) => r.tbt),
      ),
      ...tapAgainstFloor(
        `continue tap → next question painted, Event Timing (median of ${TAPS})`,
        (r) => r.tapMedian,
        `floor: plain React page, same tap, Event Timing (median of ${TAPS})`,
        'guide ÷ floor (Event Timing medians)',
      ),
      ...tapAgainstFloor(
        `continue tap → a task after the next frame (median of ${TAPS})`,
        (r) => r.tapSettledMedian,
        `floor: the same (median of ${TAPS})`,
        'guide ÷ floor (after the next frame)',
      ),
    ],
  );
  const node = replay ? replayTable(replay) : '(Node replay skipped: --browser-only)';
  const loads =
    guideLoad && floorLoad
      ? loadTaskTable([
          ['guide', guideLoad],
          ['floor', floorLoad],
        ])
      : '';
  const output = [sizes, timings, node, trace, loads].filter(Boolean).join('\n\n');
  process.stdout.write(`${output}\n`);

  const resultsDir = RESULTS_DIR;
  writeFileSync(join(resultsDir, 'bench.md'), `${output}\n`);
  writeFileSync(join(resultsDir, 'bench.json'), JSON.stringify({ runs, floor, replay }, null, 2));
}

await main();
