// @vitest-environment jsdom
// The browser's own Back and Forward (not the on-screen button) move through the questions and
// screens, with focus on each heading; Back from the first question is the start screen, and Back
// from the letters or the evidence log is the result. jsdom moves through history asynchronously.
import { screen, waitFor } from '@testing-library/react';
import { takeaway } from '../../locales/zh-CN/takeaway.json';
import { WRITTEN_KEPT } from '../support/fixtures';
import { answer, heading, optionInput, renderGuide, type Rendered } from '../support/render';

const browserBack = () => window.history.back();
const browserForward = () => window.history.forward();

async function expectFocusOn(name: string) {
  await waitFor(() => expect(screen.getByRole('heading', { level: 1, name })).toHaveFocus());
}

const startHeading = (r: Rendered) => r.i18n.t(($) => $.start.heading);
const resultHeading = (r: Rendered) => r.i18n.t(($) => $.result.heading);

describe("the browser's Back and Forward", () => {
  it('walk back through the questions to the start screen, and forward again', async () => {
    const r = await renderGuide();
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.start.begin) }));
    await answer(r, 'debt_type', 'bank_loan');
    await answer(r, 'debt_recognised', 'yes');
    await answer(r, 'collector', 'agency');
    expect(heading(r.i18n, 'conduct')).toHaveFocus();

    browserBack();
    await waitFor(() => expect(heading(r.i18n, 'collector')).toHaveFocus());
    expect(optionInput(r.i18n, 'collector', 'agency')).toBeChecked();
    browserBack();
    await waitFor(() => expect(heading(r.i18n, 'debt_recognised')).toHaveFocus());
    browserBack();
    await waitFor(() => expect(heading(r.i18n, 'debt_type')).toHaveFocus());
    browserBack();
    await expectFocusOn(startHeading(r));
    // The answers are still there: "begin" goes through them again, pre-filled.
    expect(screen.getByRole('button', { name: r.i18n.t(($) => $.start.begin) })).toBeVisible();

    browserForward();
    await waitFor(() => expect(heading(r.i18n, 'debt_type')).toHaveFocus());
    expect(optionInput(r.i18n, 'debt_type', 'bank_loan')).toBeChecked();
    browserForward();
    await waitFor(() => expect(heading(r.i18n, 'debt_recognised')).toHaveFocus());
    browserBack();
    await waitFor(() => expect(heading(r.i18n, 'debt_type')).toHaveFocus());
    browserBack();
    await expectFocusOn(startHeading(r));
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.start.begin) }));
    expect(optionInput(r.i18n, 'debt_type', 'bank_loan')).toBeChecked();
  });

  it('return from the letters and from the evidence log to the result', async () => {
    const r = await renderGuide({ preload: WRITTEN_KEPT });
    await expectFocusOn(resultHeading(r));
    const wait = { timeout: 10_000 };
    for (const button of [takeaway.letters.button, takeaway.evidence.button]) {
      await r.user.click(await screen.findByRole('button', { name: button }, wait));
      await waitFor(
        () =>
          expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent(resultHeading(r)),
        wait,
      );
      browserBack();
      await expectFocusOn(resultHeading(r));
    }
  });

  it('go back from the result to the last question answered, and forward to the result', async () => {
    const r = await renderGuide({ preload: WRITTEN_KEPT });
    browserBack();
    await waitFor(() => expect(heading(r.i18n, 'wellbeing')).toHaveFocus());
    browserForward();
    await expectFocusOn(resultHeading(r));
  });
});

describe('the on-screen Back', () => {
  it('is the browser Back: from a question changed on the result, it returns to the result', async () => {
    const r = await renderGuide({ preload: WRITTEN_KEPT });
    await r.user.click(
      screen.getAllByRole('button', {
        name: r.i18n.t(($) => $.review.change_named, {
          question: r.i18n.t(($) => $.question.collector.title),
        }),
      })[0]!,
    );
    expect(heading(r.i18n, 'collector')).toHaveFocus();
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.back) }));
    await expectFocusOn(resultHeading(r));
  });
});
