// The decision model's examples, start to result, keyboard only. Each example runs once, the
// languages taken in turn, so every language walks several. Without a browser, every example is
// checked against the plan (tests/rules/examples.test.ts) and every action's words are rendered in
// every language (tests/ui/every-result.test.tsx).
import { useBrowser } from './support/browser';
import { EXAMPLES } from '../support/decision-examples';
import { Journey } from './support/journey';
import { actionTitle, LANGUAGES, startsWith, text } from './support/text';

const { withGuide } = useBrowser();

const RUNS = EXAMPLES.map((example, index) => ({
  example,
  language: LANGUAGES[index % LANGUAGES.length]!,
}));

describe.concurrent("the decision model's examples", () => {
  it.each(RUNS)('$example.name, in $language', ({ example, language }) =>
    withGuide({}, async ({ page }) => {
      const journey = new Journey(page, language);
      await journey.open();
      await journey.begin();
      await journey.answerAll(example.answers);
      expect(journey.question).toBeNull();
      await journey.expectResult();

      const titles = await journey.actionTitles();
      const title = (id: Parameters<typeof actionTitle>[1]) => actionTitle(language, id);
      for (const id of example.includes) expect(titles).toContain(title(id));
      for (const id of example.excludes) expect(titles).not.toContain(title(id));
      if (example.first)
        expect(titles.slice(0, example.first.length)).toEqual(example.first.map(title));
      const words = text(language);
      for (const [id, priority] of Object.entries(example.priorities ?? {})) {
        const group = journey.main.getByRole('region', {
          name: startsWith(words.result.group[priority]),
        });
        await expect(
          group
            .getByRole('heading', { level: 3, name: title(id as keyof typeof words.action) })
            .count(),
        ).resolves.toBe(1);
      }
      if (example.assessment) {
        const heading = words.assessment[example.assessment].title;
        await expect(
          journey.main.getByRole('heading', { name: heading, exact: true }).count(),
        ).resolves.toBe(1);
      }
      if (example.scamRisk !== undefined) {
        const warning = journey.main
          .getByRole('alert')
          .getByRole('heading', { name: words.assessment.scam.title });
        await expect(warning.count()).resolves.toBe(example.scamRisk ? 1 : 0);
      }
    }),
  );
});
