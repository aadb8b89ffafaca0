// A small set of complete answer sets that, together, make every action, every reason (trigger),
// every detail, every contact and every cited fact appear, on every route through the flow.
import { recommend } from '../../flows/debt-collection/actions';
import type { Answers } from '../../flows/debt-collection/answers';
import { expectedQuestions } from './oracle';
import { QUESTIONS } from '../../flows/debt-collection/questions';
import { nextExpected } from './answer-space';

function features(answers: Answers): string[] {
  const route = `route:${expectedQuestions(answers).join('>')}`;
  return [
    route,
    ...recommend(answers).flatMap((a) => [
      `action:${a.id}:${a.priority}`,
      ...a.because.map((b) => `why:${a.id}:${b.id}`),
      ...a.details.map((d) => `detail:${a.id}:${d}`),
      ...a.contacts.map((c) => `contact:${a.id}:${c}`),
      ...a.cites.map((c) => `cite:${c}`),
    ]),
  ];
}

/** A repeatable pseudo-random sequence (mulberry32), so the chosen sets never change by chance. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCompleteAnswers(random: () => number): Answers {
  let answers: Answers = {};
  for (let next = nextExpected(answers); next !== null; next = nextExpected(answers)) {
    const options = QUESTIONS[next].options;
    let value: unknown;
    if (next === 'conduct') {
      const others = options.filter((o) => o !== 'reminders_only');
      const picked = others.filter(() => random() < 0.2);
      value = random() < 0.25 || picked.length === 0 ? ['reminders_only'] : picked;
    } else {
      value = options[Math.floor(random() * options.length)];
    }
    answers = { ...answers, [next]: value };
  }
  return answers;
}

/** Greedy over a fixed pseudo-random sample: keep each answer set that shows something new. */
export function coveringAnswerSets(samples = 20_000): { sets: Answers[]; covered: Set<string> } {
  const random = seeded(20261123);
  const covered = new Set<string>();
  const sets: Answers[] = [];
  for (let i = 0; i < samples; i++) {
    const answers = randomCompleteAnswers(random);
    const fresh = features(answers).filter((f) => !covered.has(f));
    if (fresh.length === 0) continue;
    fresh.forEach((f) => covered.add(f));
    sets.push(answers);
  }
  return { sets, covered };
}
