// A person going through the guide by keyboard, next to the real flow machine: after every step
// the screen must show (and focus) what the machine says comes next, and the result must list
// exactly the plan the rule table gives.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Answers } from '../../../flows/debt-collection/answers';
import { shownAssessment } from '../../../flows/debt-collection/assessment';
import type { FlowEvent } from '../../../flows/debt-collection/machine';
import { QUESTIONS, type QuestionId } from '../../../flows/debt-collection/questions';
import { planOf } from '../../../flows/debt-collection/plan';
import {
  currentQuestion,
  initialSnapshot,
  onPathAnswers,
  step,
  type FlowSnapshot,
} from '../../../flows/debt-collection/position';
import { PRIORITIES } from '../../../flows/debt-collection/priorities';
import { chooseRadio, chooseWithArrows, expectFocusOn, press, setCheckboxes } from './keyboard';
import {
  actionTitle,
  fill,
  optionLabel,
  questionTitle,
  startsWith,
  text,
  type Language,
} from './text';

export class Journey {
  private flow: FlowSnapshot = initialSnapshot();

  constructor(
    readonly page: Page,
    public language: Language,
  ) {}

  get words() {
    return text(this.language);
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get header(): Locator {
    return this.page.getByRole('banner');
  }

  /** The question the machine says is on screen, or null on the result. */
  get question(): QuestionId | null {
    return currentQuestion(this.flow);
  }

  get answers(): Answers {
    return onPathAnswers(this.flow.context);
  }

  button(name: string, within: Locator = this.main): Locator {
    return within.getByRole('button', { name, exact: true });
  }

  /** Opens the guide in `language` (or a raw address) and expects the start screen. */
  async open(path = `/?lang=${this.language}`): Promise<void> {
    await this.page.goto(path);
    await this.expectStart();
  }

  async expectStart(): Promise<void> {
    await expectFocusOn(this.page, this.words.start.heading);
  }

  async begin(): Promise<void> {
    await press(this.page, this.button(this.words.start.begin));
    await this.expectScreen({ type: 'flow.restart' });
  }

  /** On the start screen: continue with the saved answers (by default, those given so far). */
  async continueSaved(saved: Answers = this.answers): Promise<void> {
    await press(this.page, this.button(this.words.start.continue));
    await this.expectScreen({ type: 'session.load', answers: saved });
  }

  /** Answers the question on screen with `value`, then presses Continue. */
  async answer(value: string | readonly string[]): Promise<void> {
    const question = this.question;
    if (question === null) throw new Error('no question on screen: the result is');
    const group = this.main.getByRole('group', { name: questionTitle(this.language, question) });
    const values = typeof value === 'string' ? [value] : value;
    if (QUESTIONS[question].kind === 'one') {
      const [only] = values;
      if (only === undefined || values.length > 1) throw new Error(`${question} takes one option`);
      await chooseRadio(this.page, group, this.option(group, 'radio', question, only));
    } else {
      await setCheckboxes(this.page, group, values);
      for (const option of values) {
        await expect(this.option(group, 'checkbox', question, option).isChecked()).resolves.toBe(
          true,
        );
      }
      await expect(group.getByRole('checkbox', { checked: true }).count()).resolves.toBe(
        values.length,
      );
    }
    await press(this.page, this.button(this.words.nav.continue));
    await this.expectScreen({ type: 'answer.submit', question, value });
  }

  /** Presses Continue with nothing chosen: the question stays, with a message saying why. */
  async submitEmpty(): Promise<void> {
    const question = this.question;
    if (question === null) throw new Error('no question on screen: the result is');
    await press(this.page, this.button(this.words.nav.continue));
    const { ask } = this.words;
    const message =
      QUESTIONS[question].kind === 'one' ? ask.error_required : ask.error_required_multiple;
    await this.main.getByRole('alert').filter({ hasText: message }).waitFor();
  }

  /** Answers each question the machine asks from `answers`, until the result or a gap. */
  async answerAll(answers: Answers): Promise<void> {
    for (let question = this.question; question !== null; question = this.question) {
      const value = answers[question];
      if (value === undefined) return;
      await this.answer(value);
    }
  }

  async back(): Promise<void> {
    await press(this.page, this.button(this.words.nav.back));
    await this.expectScreen({ type: 'nav.back' });
  }

  /** A reload lands where the person was: the same question, or the result. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.expectScreen(null);
  }

  /** From a question screen or the result: the link to the review screen. */
  async openReview(): Promise<void> {
    await press(this.page, this.button(this.words.nav.review));
    await expectFocusOn(this.page, this.words.review.heading);
  }

  /** From the review screen: its main button, back to the question or the result. */
  async closeReview(): Promise<void> {
    const { nav } = this.words;
    await press(this.page, this.button(this.question === null ? nav.to_result : nav.continue));
    await this.expectScreen(null);
  }

  /** From the review screen or the result: "change" next to `question`. */
  async changeFromReview(question: QuestionId): Promise<void> {
    const name = fill(this.words.review.change_named, {
      question: questionTitle(this.language, question),
    });
    await press(this.page, this.button(name));
    await this.expectScreen({ type: 'nav.edit', question });
  }

  /** From the result: "change this answer" under an action that cites `question`. */
  async changeFromResult(question: QuestionId): Promise<void> {
    const name = fill(this.words.result.change_answer, {
      question: questionTitle(this.language, question),
    });
    const change = this.main.getByRole('button', { name, exact: true }).first();
    // The link sits in its card's details, closed until opened: open the first card that has it.
    const card = this.main
      .locator('details.action-more', {
        // Inside a closed <details> the link is hidden: look for it among hidden elements too.
        has: this.page.getByRole('button', { name, exact: true, includeHidden: true }),
      })
      .first();
    if ((await card.getAttribute('open')) === null) {
      await press(this.page, card.locator('summary').first());
    }
    await press(this.page, change);
    await this.expectScreen({ type: 'nav.edit', question });
  }

  /** Header: restart, confirm. */
  async restart(): Promise<void> {
    await press(this.page, this.button(this.words.nav.restart, this.header));
    await expectFocusOn(this.page, this.words.restart.confirm_title, 2);
    await press(this.page, this.button(this.words.restart.confirm, this.header));
    await this.expectScreen({ type: 'flow.restart' });
  }

  /** Header: restart, then cancel. Nothing changes. */
  async cancelRestart(): Promise<void> {
    await press(this.page, this.button(this.words.nav.restart, this.header));
    await expectFocusOn(this.page, this.words.restart.confirm_title, 2);
    await press(this.page, this.button(this.words.restart.cancel, this.header));
    await this.header.getByRole('alertdialog').waitFor({ state: 'detached' });
  }

  /** Footer: clear my answers, confirm. Back on the start screen, with nothing saved. */
  async clearAll(): Promise<void> {
    const footer = this.page.getByRole('contentinfo');
    await press(this.page, this.button(this.words.nav.clear, footer));
    await expectFocusOn(this.page, this.words.clear.confirm_title, 2);
    await press(this.page, this.button(this.words.clear.confirm, footer));
    this.flow = step(this.flow, { type: 'flow.restart' });
    await this.expectStart();
    await this.main.getByRole('status').filter({ hasText: this.words.clear.done }).waitFor();
  }

  /** Header: the language menu, by arrow keys. The answers must survive it. */
  async switchLanguage(language: Language): Promise<void> {
    const menu = (words = this.words) =>
      this.header.getByRole('combobox', { name: words.nav.language });
    await chooseWithArrows(this.page, menu(), language);
    this.language = language;
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    await expect(menu().inputValue()).resolves.toBe(language);
    // The page's language changes first; the screen's words follow in the next render.
    const question = this.question;
    const heading =
      question === null ? this.words.result.heading : questionTitle(language, question);
    await this.main.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  }

  /** The result shows exactly the plan: assessment, scam warning, actions by group, in order. */
  async expectResult(): Promise<void> {
    const plan = planOf(this.flow);
    if (!plan.complete) throw new Error(`the flow is not complete: next is ${plan.next}`);
    const { result, assessment } = this.words;
    await expect(
      this.main
        .getByRole('heading', {
          level: 2,
          name: assessment[shownAssessment(plan.assessment, plan.scam_risk)].title,
          exact: true,
        })
        .count(),
    ).resolves.toBe(1);
    await expect(
      this.main.getByRole('heading', { name: assessment.scam.title }).count(),
    ).resolves.toBe(plan.scam_risk ? 1 : 0);
    for (const priority of PRIORITIES) {
      const expected = plan.actions
        .filter((action) => action.priority === priority)
        .map(
          (action) =>
            (priority === 'urgent' ? result.urgent_badge : '') +
            actionTitle(this.language, action.id),
        );
      const group = this.main.getByRole('region', { name: startsWith(result.group[priority]) });
      if (expected.length === 0) {
        await expect(group.count()).resolves.toBe(0);
        continue;
      }
      await expect(group.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(
        expected,
      );
    }
  }

  /** Titles of the actions on screen, in order, without the urgent badge. */
  async actionTitles(): Promise<string[]> {
    const badge = this.words.result.urgent_badge;
    const titles = await this.main
      .getByRole('article')
      .getByRole('heading', { level: 3 })
      .allTextContents();
    return titles.map((title) => (title.startsWith(badge) ? title.slice(badge.length) : title));
  }

  private option(group: Locator, role: 'radio' | 'checkbox', question: QuestionId, option: string) {
    const label = optionLabel(this.language, question, option);
    return group
      .getByRole(role, { name: startsWith(label) })
      .and(group.locator(`[value="${option}"]`));
  }

  /** Steps the machine like the UI did and expects focus on the heading of what comes next. */
  private async expectScreen(event: FlowEvent | null): Promise<void> {
    if (event) this.flow = step(this.flow, event);
    const question = this.question;
    const heading =
      question === null ? this.words.result.heading : questionTitle(this.language, question);
    await expectFocusOn(this.page, heading);
  }
}
