// Reads a trace recorded by trace.ts: the page's main-thread work between each 'tap' mark and the
// following 'tap-painted' mark (page-probes.ts), by kind of work, and the JavaScript functions
// that took the most time by themselves (named through the build's hidden source maps).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly args?: { name?: string; data?: Record<string, unknown> };
}

const KINDS: readonly [string, RegExp][] = [
  ['GC', /GC|Scavenge|Sweep|Mark|Finaliz|ThreadState/],
  [
    'style and layout',
    /^(UpdateLayoutTree|RecalculateStyles|Layout|HitTest|PrePaint|UpdateLayerTree|IntersectionObserver)/,
  ],
  ['paint and commit', /^(Paint|PaintSetup|Layerize|Commit|CompositeLayers|RasterTask|Decode)/],
  [
    'scripting',
    /^(FunctionCall|EvaluateScript|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|V8\.|v8\.|FireIdleCallback|ParseHTML|CompileCode|CompileScript)/,
  ],
];

export function kindOf(name: string): string {
  return KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
}

interface Window {
  readonly start: number;
  readonly end: number;
}

const within = (windows: readonly Window[], ts: number) =>
  windows.some((w) => ts >= w.start && ts <= w.end);

/** Self time (µs) of each complete event on one thread: its duration less its children's. */
export function selfTimes(events: readonly TraceEvent[]): { event: TraceEvent; self: number }[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: { event: TraceEvent; self: number }[] = [];
  const stack: { event: TraceEvent; self: number }[] = [];
  for (const event of sorted) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (event.ts < top.event.ts + (top.event.dur ?? 0)) break;
      stack.pop();
    }
    const entry = { event, self: event.dur ?? 0 };
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= entry.self;
    stack.push(entry);
    out.push(entry);
  }
  return out;
}

interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
  };
}

/** JavaScript self time (µs) per function, from the CPU profile's samples inside the windows. */
function functionTimes(
  events: readonly TraceEvent[],
  pid: number,
  windows: readonly Window[],
  name: (frame: ProfileNode['callFrame']) => string,
): Map<string, number> {
  const nodes = new Map<number, ProfileNode>();
  const times = new Map<string, number>();
  const profiles = events.filter((e) => e.pid === pid && e.name === 'Profile');
  for (const profile of profiles) {
    let ts = Number(profile.args?.data?.['startTime'] ?? 0);
    let previous: { node: number; ts: number } | null = null;
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id);
    for (const chunk of chunks) {
      const data = chunk.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = data.cpuProfile?.samples ?? [];
      samples.forEach((sample, i) => {
        ts += data.timeDeltas?.[i] ?? 0;
        if (previous && within(windows, previous.ts)) {
          const frame = nodes.get(previous.node)?.callFrame;
          if (frame && !/^\((idle|program|root)\)$/.test(frame.functionName)) {
            const key = name(frame);
            times.set(key, (times.get(key) ?? 0) + (ts - previous.ts));
          }
        }
        previous = { node: sample, ts };
      });
    }
  }
  return times;
}

/** Names a minified frame by its source: original function name, file and line. */
function sourceNamer(buildDir: string | null): (frame: ProfileNode['callFrame']) => string {
  const maps = new Map<string, SourceMapConsumer | null>();
  return (frame) => {
    if (!frame.url) return `${frame.functionName} (browser built-in)`;
    const file = /\/(assets\/[^/?#]+\.js)/.exec(frame.url)?.[1];
    const fallback = `${frame.functionName || '(anonymous)'} ${file ?? frame.url}:${frame.lineNumber + 1}`;
    if (!buildDir || !file) return fallback;
    if (!maps.has(file)) {
      const mapFile = join(buildDir, `${file}.map`);
      maps.set(
        file,
        existsSync(mapFile) ? new SourceMapConsumer(readFileSync(mapFile, 'utf8')) : null,
      );
    }
    const map = maps.get(file);
    if (!map) return fallback;
    const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!at.source) return fallback;
    const source = at.source.replace(/^.*?(node_modules|src|flows|locales)\//, '$1/');
    return `${at.name ?? frame.functionName ?? '(anonymous)'} ${source}:${at.line}`;
  };
}

/** A trace file's events, in either of the two shapes Chromium writes. */
export function readTraceEvents(traceFile: string): TraceEvent[] {
  const parsed = JSON.parse(readFileSync(traceFile, 'utf8')) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface TapBreakdown {
  readonly taps: number;
  /** Mean main-thread ms per tap, by kind of work. */
  readonly kinds: readonly [string, number][];
  /** Mean JavaScript self ms per tap, by function, most first. */
  readonly functions: readonly [string, number][];
}

export function tapBreakdown(traceFile: string, buildDir: string | null): TapBreakdown {
  const events = readTraceEvents(traceFile);
  const marks = events.filter((e) => e.name === 'tap' || e.name === 'tap-painted');
  const pid = marks[0]?.pid;
  if (pid === undefined) throw new Error('no tap marks in the trace');
  const main = events.find(
    (e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const windows: Window[] = [];
  const sortedMarks = marks.filter((e) => e.pid === pid).sort((a, b) => a.ts - b.ts);
  sortedMarks.forEach((mark, i) => {
    const next = sortedMarks[i + 1];
    if (mark.name === 'tap' && next?.name === 'tap-painted')
      windows.push({ start: mark.ts, end: next.ts });
  });
  if (windows.length === 0) throw new Error('no complete tap in the trace');
  const complete = events.filter((e) => e.pid === pid && e.tid === main && e.ph === 'X');
  const kinds = new Map<string, number>();
  for (const { event, self } of selfTimes(complete)) {
    if (!within(windows, event.ts)) continue;
    const kind = kindOf(event.name);
    kinds.set(kind, (kinds.get(kind) ?? 0) + self);
  }
  const perTap = (entries: Iterable<[string, number]>) =>
    [...entries]
      .map(([name, micros]): [string, number] => [name, micros / 1000 / windows.length])
      .sort((a, b) => b[1] - a[1]);
  return {
    taps: windows.length,
    kinds: perTap(kinds),
    functions: perTap(functionTimes(events, pid, windows, sourceNamer(buildDir))).slice(0, 20),
  };
}
