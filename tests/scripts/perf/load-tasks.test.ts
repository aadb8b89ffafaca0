import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTasks } from '../../../scripts/perf/load-tasks';

const PAGE = { pid: 7, tid: 1 };
const OTHER_THREAD = { pid: 7, tid: 2 };
const ms = (value: number) => 1_000_000 + value * 1000;

function task(at: number, lasts: number, thread = PAGE) {
  return { name: 'RunTask', ph: 'X', ts: ms(at), dur: lasts * 1000, ...thread };
}
function inside(name: string, at: number, lasts: number) {
  return { name, ph: 'X', ts: ms(at), dur: lasts * 1000, ...PAGE };
}

const EVENTS = [
  // about:blank first: not the page
  {
    name: 'navigationStart',
    ph: 'R',
    ts: ms(-500),
    ...PAGE,
    args: { data: { documentLoaderURL: '' } },
  },
  task(-400, 90),
  {
    name: 'navigationStart',
    ph: 'R',
    ts: ms(0),
    ...PAGE,
    args: { data: { documentLoaderURL: 'http://127.0.0.1/' } },
  },
  task(100, 200),
  inside('UpdateLayoutTree', 100, 40),
  inside('Layout', 140, 150),
  { name: 'firstContentfulPaint', ph: 'R', ts: ms(320), ...PAGE },
  task(400, 30),
  inside('v8.evaluateModule', 400, 30),
  task(500, 120),
  inside('v8.evaluateModule', 500, 100),
  inside('V8.CompileCode', 510, 20),
  task(500, 300, OTHER_THREAD),
];

describe('loadTasks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'load-tasks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const traceOf = (events: readonly object[], shape: 'object' | 'array') => {
    const file = join(dir, `${shape}.json`);
    writeFileSync(file, JSON.stringify(shape === 'object' ? { traceEvents: events } : events));
    return file;
  };

  it.each(['object', 'array'] as const)(
    'lists the page thread’s tasks of 50 ms or more from its navigation, by kind (%s trace)',
    (shape) => {
      expect(loadTasks(traceOf(EVENTS, shape))).toEqual({
        fcp: 320,
        tasks: [
          {
            start: 100,
            duration: 200,
            kinds: [
              ['style and layout', 190],
              ['other', 10],
            ],
          },
          {
            start: 500,
            duration: 120,
            kinds: [
              ['scripting', 100],
              ['other', 20],
            ],
          },
        ],
      });
    },
  );

  it('says so when the trace has no navigation to a page', () => {
    expect(() => loadTasks(traceOf(EVENTS.slice(0, 2), 'object'))).toThrow(/no navigation/);
  });

  it('has no First Contentful Paint when none was painted', () => {
    const unpainted = EVENTS.filter((event) => event.name !== 'firstContentfulPaint');
    expect(loadTasks(traceOf(unpainted, 'array')).fcp).toBeNull();
  });
});
