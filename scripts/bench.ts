// `npm run bench [-- --runs 5 --taps 20 --browser-only]`: builds the production app and prints
// what a cheap phone downloads and how fast it responds. Not a test: times vary from machine to
// machine (and with its load); tests/perf/budget.test.ts asserts only the deterministic sizes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import zhCN from '../locales/zh-CN/index.ts';
import { QUESTION_IDS } from '../flows/debt-collection/questions';
import { buildApp } from './perf/build';
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
import { CPU_SLOWDOWN, PHONE, SLOW_4G, launchChromium, throttle } from './perf/chromium';
import { collectLoadProbe, installLoadProbe, type LoadProbeResult } from './perf/page-probes';
import { PROJECT_ROOT } from './perf/paths';
import { timeReplays, type ReplayTiming } from './perf/replay-timing';
import { kB, median, minMedianMax, ms, table } from './perf/report';
import { serveStatic } from './perf/serve';
import { measureTaps } from './perf/taps';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    taps: { type: 'string', default: '20' },
    'browser-only': { type: 'boolean', default: false },
  },
});
const RUNS = Number(options.runs);
const TAPS = Number(options.taps);
const ACTIVE_LANGUAGE = 'zh-CN';

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
      row('JS loaded later (lazy screens)', later),
      row('all JS', allJs),
      row('all CSS', allCss),
      row('service worker (sw.js + Workbox)', worker),
    ],
  );
}

interface RunResult extends LoadProbeResult {
  readonly tapMedian: number;
}

async function browserRuns(url: string): Promise<RunResult[]> {
  const browser = await launchChromium();
  const results: RunResult[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each run: a first visit, nothing cached.
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      await throttle(page);
      // tsx compiles with keepNames; the page needs its helper to run functions passed to it.
      await page.addInitScript('globalThis.__name ??= (f) => f;');
      await page.addInitScript(installLoadProbe, {
        beginLabel: zhCN.start.begin,
        firstQuestionTitle: zhCN.question.debt_type.title,
      });
      await page.goto(url, { waitUntil: 'commit' });
      const load = await page.evaluate(collectLoadProbe);
      const taps = await measureTaps(
        page,
        {
          questionTitles: QUESTION_IDS.map((id) => zhCN.question[id].title),
          continueLabel: zhCN.nav.continue,
          restartLabel: zhCN.nav.restart,
          confirmRestartLabel: zhCN.restart.confirm,
        },
        TAPS,
      );
      results.push({ ...load, tapMedian: median(taps) });
      process.stderr.write(
        `run ${run + 1}/${RUNS}: first question ${ms(load.firstQuestion)} ms, ` +
          `tap median ${ms(median(taps))} ms\n`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
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

async function main() {
  process.stderr.write('building…\n');
  const outDir = buildApp();
  const sizes = sizeTable(outDir);
  const server = await serveStatic(outDir);
  let runs: RunResult[];
  try {
    runs = await browserRuns(server.url);
  } finally {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
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
      timingRow(
        'First Contentful Paint',
        runs.map((r) => r.fcp),
      ),
      timingRow(
        'Total Blocking Time (FCP → quiet)',
        runs.map((r) => r.tbt),
      ),
      timingRow(
        `answer tap → next question painted (median of ${TAPS})`,
        runs.map((r) => r.tapMedian),
      ),
    ],
  );
  const node = replay ? replayTable(replay) : '(Node replay skipped: --browser-only)';
  const output = [sizes, timings, node].join('\n\n');
  process.stdout.write(`${output}\n`);

  const resultsDir = join(PROJECT_ROOT, 'bench-results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'bench.md'), `${output}\n`);
  writeFileSync(join(resultsDir, 'bench.json'), JSON.stringify({ runs, replay }, null, 2));
}

await main();
