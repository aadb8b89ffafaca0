// A person going through the guide by keyboard in WebKit, next to the real flow machine, as
// tests/e2e/support/journey.ts does in Chromium: after every step the screen must show (and
// focus) what the machine says comes next, and the result must list exactly the plan the rule
// table gives.
import { expect } from 'vitest';
import type { Answers } from '../../../flows/debt-collection/answers';
import { shownAssessment } from '../../../flows/debt-collection/assessment';
import type { FlowEvent } from '../../../flows/debt-collection/machine';
import { QUESTIONS, type QuestionId } from '../../../flows/debt-collection/questions';
import {
  currentQuestion,
  initialSnapshot,
  onPathAnswers,
  step,
  type FlowSnapshot,
} from '../../../flows/debt-collection/position';
import { planOf } from '../../../flows/debt-collection/plan';
import { PRIORITIES } from '../../../flows/debt-collection/priorities';
import { actionTitle, fill, questionTitle, text, type Language } from '../../e2e/support/text';
import { chooseRadio, press, setCheckboxes } from './keyboard';
import type { Scope, WebKitPage } from './page';

export class Journey {
  private flow: FlowSnapshot = initialSnapshot();

  constructor(
    readonly page: WebKitPage,
    readonly language: Language = 'zh-CN',
  ) {}

  get words() {
    return text(this.language);
  }

  /** The question the machine says is on screen, or null on the result. */
  get question(): QuestionId | null {
    return currentQuestion(this.flow);
  }

  get answers(): Answers {
    return onPathAnswers(this.flow.context);
  }

  /** Tabs to the button named `name` in `scope` and presses Enter. */
  async press(name: string, scope: Scope = 'main'): Promise<void> {
    await press(this.page, await this.page.button(name, scope), `the button "${name}"`);
  }

  /** Opens the guide (or a raw address) and expects the start screen. */
  async open(path = `/?lang=${this.language}`): Promise<void> {
    await this.page.goto(path);
    await this.expectStart();
  }

  async expectStart(): Promise<void> {
    await this.page.expectFocusOn(this.words.start.heading);
  }

  async begin(): Promise<void> {
    await this.press(this.words.start.begin);
    await this.expectScreen({ type: 'flow.restart' });
  }

  /** On the start screen: continue with the saved answers (by default, those given so far). */
  async continueSaved(saved: Answers = this.answers): Promise<void> {
    await this.press(this.words.start.continue);
    await this.expectScreen({ type: 'session.load', answers: saved });
  }

  /** The fieldset of the question on screen, found by its legend. */
  private questionGroup(question: QuestionId) {
    return this.page.waitFor(
      `the options of "${question}"`,
      (title: string) =>
        [...document.querySelectorAll('main fieldset')].find(
          (f) => f.querySelector('legend')?.textContent === title,
        ) ?? null,
      questionTitle(this.language, question),
    );
  }

  /** Answers the question on screen with `value`, then presses Continue. */
  async answer(value: string | readonly string[]): Promise<void> {
    const question = this.question;
    if (question === null) throw new Error('no question on screen: the result is');
    const group = await this.questionGroup(question);
    const values = typeof value === 'string' ? [value] : value;
    if (QUESTIONS[question].kind === 'one') {
      const [only] = values;
      if (only === undefined || values.length > 1) throw new Error(`${question} takes one option`);
      const radio = await this.page.waitFor(
        `the option ${only}`,
        (g: Element, v: string) => g.querySelector(`input[type="radio"][value="${v}"]`),
        group,
        only,
      );
      await chooseRadio(this.page, group, radio, `${question}=${only}`);
    } else {
      await setCheckboxes(this.page, group, values);
    }
    const chosen = await this.page.evaluate(
      (g: Element) =>
        [...g.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value),
      group,
    );
    expect(chosen.sort()).toEqual([...values].sort());
    await this.press(this.words.nav.continue);
    await this.expectScreen({ type: 'answer.submit', question, value });
  }

  /** Answers each question the machine asks from `answers`, until the result or a gap. */
  async answerAll(answers: Answers): Promise<void> {
    for (let question = this.question; question !== null; question = this.question) {
      const value = answers[question];
      if (value === undefined) return;
      await this.answer(value);
    }
  }

  /** The guide's own Back button. */
  async back(): Promise<void> {
    await this.press(this.words.nav.back);
    await this.expectScreen({ type: 'nav.back' });
  }

  /** The values ticked on the question screen. */
  checkedValues(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('main fieldset input:checked')].map(
        (input) => input.value,
      ),
    );
  }

  async openReview(): Promise<void> {
    await this.press(this.words.nav.review);
    await this.page.expectFocusOn(this.words.review.heading);
  }

  /** From the review screen or the result: "change" next to `question`. */
  async changeFromReview(question: QuestionId): Promise<void> {
    await this.press(
      fill(this.words.review.change_named, { question: questionTitle(this.language, question) }),
    );
    await this.expectScreen({ type: 'nav.edit', question });
  }

  /** A reload lands where the person was: the same question, or the result. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.expectScreen(null);
  }

  /** Header: restart, confirm. */
  async restart(): Promise<void> {
    await this.press(this.words.nav.restart, 'header');
    await this.page.expectFocusOn(this.words.restart.confirm_title, 2);
    await this.press(this.words.restart.confirm, 'header');
    await this.expectScreen({ type: 'flow.restart' });
  }

  /** The result shows exactly the plan: assessment, scam warning, actions by group, in order. */
  async expectResult(): Promise<void> {
    const plan = planOf(this.flow);
    if (!plan.complete) throw new Error(`the flow is not complete: next is ${plan.next}`);
    const { result, assessment } = this.words;
    const shown = await this.page.evaluate(
      (groupNames: string[]) => {
        const headings = (level: number) =>
          [...document.querySelectorAll(`main h${level}`)].map((h) => h.textContent ?? '');
        const sections = [...document.querySelectorAll('main section[aria-labelledby]')];
        return {
          h2: headings(2),
          groups: groupNames.map((name) => {
            const section = sections.find((s) =>
              document
                .getElementById(s.getAttribute('aria-labelledby') ?? '')
                ?.textContent?.startsWith(name),
            );
            return section
              ? [...section.querySelectorAll('h3')].map((h) => h.textContent ?? '')
              : null;
          }),
        };
      },
      PRIORITIES.map((priority) => result.group[priority]),
    );
    const shownTitle = assessment[shownAssessment(plan.assessment, plan.scam_risk)].title;
    expect(shown.h2.filter((h) => h === shownTitle)).toHaveLength(1);
    expect(shown.h2.filter((h) => h.includes(assessment.scam.title))).toHaveLength(
      plan.scam_risk ? 1 : 0,
    );
    PRIORITIES.forEach((priority, index) => {
      const expected = plan.actions
        .filter((action) => action.priority === priority)
        .map(
          (action) =>
            (priority === 'urgent' ? result.urgent_badge : '') +
            actionTitle(this.language, action.id),
        );
      expect(shown.groups[index], priority).toEqual(expected.length === 0 ? null : expected);
    });
  }

  /** Titles of the actions on screen, in order, without the urgent badge. */
  async actionTitles(): Promise<string[]> {
    const badge = this.words.result.urgent_badge;
    const titles = await this.page.evaluate(() =>
      [...document.querySelectorAll('main article h3')].map((h) => h.textContent ?? ''),
    );
    return titles.map((title) => (title.startsWith(badge) ? title.slice(badge.length) : title));
  }

  /** Steps the machine like the UI did and expects focus on the heading of what comes next. */
  async expectScreen(event: FlowEvent | null): Promise<void> {
    if (event) this.flow = step(this.flow, event);
    const question = this.question;
    const heading =
      question === null ? this.words.result.heading : questionTitle(this.language, question);
    await this.page.expectFocusOn(heading);
  }
}
