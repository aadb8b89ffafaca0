// The decision model's examples in WebKit, start to result, keyboard only, in zh-CN: radio groups
// by arrow keys, checkbox groups by Space, and a result that lists exactly the plan of the rule
// table. One example for each banner the result can show (assessment, with or without the scam
// warning) keeps the suite's time in check; tests/e2e/journeys.test.ts walks every example in
// Chromium in every language.
import { shownAssessment } from '../../flows/debt-collection/assessment';
import { planFor } from '../../flows/debt-collection/plan';
import { EXAMPLES } from '../support/decision-examples';
import { actionTitle, text } from '../e2e/support/text';
import { useWebKit } from './support/browser';
import { Journey } from './support/journey';

const { withGuide } = useWebKit();
const words = text('zh-CN');
const title = (id: Parameters<typeof actionTitle>[1]) => actionTitle('zh-CN', id);

function bannersOf(example: (typeof EXAMPLES)[number]): string {
  const plan = planFor(example.answers);
  if (!plan.complete) throw new Error(`${example.name} is not a complete path`);
  return `${shownAssessment(plan.assessment, plan.scam_risk)}, scam ${String(plan.scam_risk)}`;
}

const ONE_PER_BANNER = EXAMPLES.filter(
  (example, index) =>
    EXAMPLES.findIndex((other) => bannersOf(other) === bannersOf(example)) === index,
);

describe("the decision model's examples in WebKit", () => {
  it('walks at least the five journeys of the decision model', () => {
    expect(ONE_PER_BANNER.length).toBeGreaterThanOrEqual(5);
  });

  it.each(ONE_PER_BANNER)('$name', (example) =>
    withGuide(async (page) => {
      const journey = new Journey(page);
      await journey.open();
      await journey.begin();
      await journey.answerAll(example.answers);
      expect(journey.question).toBeNull();
      await journey.expectResult();

      const titles = await journey.actionTitles();
      for (const id of example.includes) expect(titles).toContain(title(id));
      for (const id of example.excludes) expect(titles).not.toContain(title(id));
      if (example.first) {
        expect(titles.slice(0, example.first.length)).toEqual(example.first.map(title));
      }
      for (const [id, priority] of Object.entries(example.priorities ?? {})) {
        const group = await page.evaluate(
          (name: string) =>
            [...document.querySelectorAll('main section[aria-labelledby]')]
              .filter((s) =>
                document
                  .getElementById(s.getAttribute('aria-labelledby') ?? '')
                  ?.textContent?.startsWith(name),
              )
              .flatMap((s) => [...s.querySelectorAll('h3')].map((h) => h.textContent ?? '')),
          words.result.group[priority],
        );
        const badge = priority === 'urgent' ? words.result.urgent_badge : '';
        expect(group).toContain(badge + title(id as keyof typeof words.action));
      }
    }),
  );
});
