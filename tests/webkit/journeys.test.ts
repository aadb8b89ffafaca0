// The decision model's examples in WebKit, start to result, keyboard only, in zh-CN: radio groups
// by arrow keys, checkbox groups by Space, and a result that lists exactly the plan of the rule
// table. (tests/e2e/journeys.test.ts walks the same examples in Chromium in every language.)
import { EXAMPLES } from '../support/decision-examples';
import { actionTitle, text } from '../e2e/support/text';
import { useWebKit } from './support/browser';
import { Journey } from './support/journey';

const { withGuide } = useWebKit();
const words = text('zh-CN');
const title = (id: Parameters<typeof actionTitle>[1]) => actionTitle('zh-CN', id);

describe("the decision model's examples in WebKit", () => {
  it.each(EXAMPLES)('$name', (example) =>
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
