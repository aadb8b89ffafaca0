// Every one-choice combination of answers on every route, with conduct at both extremes (the set
// tests/rules/combinations.test.ts checks), replayed through the real machine and rule table in
// Node, one full plan at a time.
import { QUESTIONS } from '../../flows/debt-collection/questions';
import { planFor } from '../../flows/debt-collection/plan';
import { completeAnswerSets } from '../../tests/support/answer-space';

export interface ReplayTiming {
  readonly answerSets: number;
  /** Distinct question sequences among them. */
  readonly routes: number;
  /** Microseconds per plan: fastest, median, 99th percentile, slowest. */
  readonly micros: { min: number; median: number; p99: number; max: number };
}

const EVERY_OTHER_CONDUCT = QUESTIONS.conduct.options.filter((o) => o !== 'reminders_only');

export function timeReplays(): ReplayTiming {
  process.stderr.write('replaying every answer combination in Node…\n');
  const sets = completeAnswerSets([['reminders_only'], EVERY_OTHER_CONDUCT]);
  // Warm up, so the times are of compiled code and not of the first calls.
  for (let i = 0; i < 2000; i++) {
    const next = sets.next();
    if (next.done) break;
    planFor(next.value);
  }
  const routes = new Set<string>();
  const times: number[] = [];
  for (const answers of completeAnswerSets([['reminders_only'], EVERY_OTHER_CONDUCT])) {
    const started = performance.now();
    const plan = planFor(answers);
    times.push((performance.now() - started) * 1000);
    if (!plan.complete) throw new Error(`incomplete plan for ${JSON.stringify(answers)}`);
    routes.add(plan.path.join('>'));
  }
  const sorted = Float64Array.from(times).sort();
  return {
    answerSets: times.length,
    routes: routes.size,
    micros: {
      min: sorted[0] ?? NaN,
      median: sorted[sorted.length >> 1] ?? NaN,
      p99: sorted[Math.floor(sorted.length * 0.99)] ?? NaN,
      max: sorted.at(-1) ?? NaN,
    },
  };
}
