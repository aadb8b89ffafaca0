// Every row of the decision model's §Examples table (tests/support/decision-examples.ts), through
// the real machine. The browser journeys walk the same rows.
import { planFor } from '../../flows/debt-collection/plan';
import { EXAMPLES } from '../support/decision-examples';

describe('decision model examples', () => {
  it.each(EXAMPLES.map((example) => [example.name, example] as const))('%s', (_, example) => {
    const plan = planFor(example.answers);
    if (!plan.complete) throw new Error(`incomplete: next ${plan.next}`);
    const ids = plan.actions.map((a) => a.id);
    const priority = Object.fromEntries(plan.actions.map((a) => [a.id, a.priority]));
    for (const id of example.includes) expect(ids).toContain(id);
    for (const id of example.excludes) expect(ids).not.toContain(id);
    for (const [id, expected] of Object.entries(example.priorities ?? {})) {
      expect(priority[id], id).toBe(expected);
    }
    if (example.first) expect(ids.slice(0, example.first.length)).toEqual(example.first);
    if (example.assessment) expect(plan.assessment).toBe(example.assessment);
    if (example.scamRisk !== undefined) expect(plan.scam_risk).toBe(example.scamRisk);
    for (const question of example.notAsked ?? []) expect(plan.path).not.toContain(question);
  });

  it('covers all eleven rows of the table', () => {
    expect(EXAMPLES).toHaveLength(11);
  });
});
