// @vitest-environment jsdom
// The result at a glance: a checklist of every action linking to its card, cards whose detail
// opens on demand, and "done" ticks kept on the device, through a reload and a changed answer.
import { screen, within } from '@testing-library/react';
import type { ActionId } from '../../flows/debt-collection/actions';
import { planFor } from '../../flows/debt-collection/plan';
import { DONE_KEY } from '../../src/boundaries/kept-with-answers';
import { actionText, questionText } from '../../src/i18n/keys';
import { WRITTEN_KEPT } from '../support/fixtures';
import { answer, memoryStorage, renderGuide, type Rendered } from '../support/render';

const plan = planFor(WRITTEN_KEPT);
if (!plan.complete) throw new Error('the fixture must be a complete path');

const glance = (r: Rendered) =>
  screen.getByRole('navigation', { name: r.i18n.t(($) => $.result.glance_heading) });
const title = (r: Rendered, id: ActionId) => actionText(r.i18n.t, id).title;
const card = (r: Rendered, id: ActionId) =>
  screen.getByRole('article', { name: new RegExp(title(r, id)) });
const tick = (r: Rendered, id: ActionId) =>
  within(glance(r)).getByRole('checkbox', {
    name: r.i18n.t(($) => $.result.done_label, { title: title(r, id) }),
  });
const progress = (r: Rendered, done: number, total: number) =>
  r.i18n.t(($) => $.result.progress, { done, total });

describe('the checklist', () => {
  it('lists every action of the plan once, each a link to its card', async () => {
    const r = await renderGuide({ preload: WRITTEN_KEPT });
    const links = within(glance(r)).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(
      plan.actions.map((action) => title(r, action.id)),
    );
    for (const [index, link] of links.entries()) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target?.closest('article')).toBe(card(r, plan.actions[index]!.id));
    }
    await r.user.click(links.at(-1)!);
    expect(
      within(card(r, plan.actions.at(-1)!.id)).getByRole('heading', { level: 3 }),
    ).toHaveFocus();
    expect(glance(r)).toHaveTextContent(progress(r, 0, plan.actions.length));
  });
});

describe('a card', () => {
  it('shows its reason and first step, and keeps the rest behind a disclosure', async () => {
    const r = await renderGuide({ preload: WRITTEN_KEPT });
    const action = plan.actions[0]!;
    const text = actionText(r.i18n.t, action.id);
    const article = card(r, action.id);
    expect(article).toHaveTextContent(text.why[action.because[0]!.id]!);
    expect(article).toHaveTextContent(text.steps[0]!);
    const more = article.querySelector('details.action-more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more).toHaveTextContent(text.evidence);
    await r.user.click(within(more).getByText(r.i18n.t(($) => $.result.more)));
    expect(more.open).toBe(true);

    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.result.close_all) }));
    const all = [...document.querySelectorAll<HTMLDetailsElement>('details.action-more')];
    expect(all).toHaveLength(plan.actions.length);
    expect(all.every((details) => !details.open)).toBe(true);
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.result.open_all) }));
    expect(all.every((details) => details.open)).toBe(true);
  });
});

describe('done ticks', () => {
  it('tick in the checklist and the card alike, and are kept for the next visit', async () => {
    const store = memoryStorage();
    const first = await renderGuide({ preload: WRITTEN_KEPT, store });
    const [one, two] = plan.actions;
    await first.user.click(tick(first, one!.id));
    await first.user.click(
      within(card(first, two!.id)).getByRole('checkbox', {
        name: first.i18n.t(($) => $.result.done),
      }),
    );
    expect(tick(first, two!.id)).toBeChecked();
    expect(glance(first)).toHaveTextContent(progress(first, 2, plan.actions.length));
    first.unmount();

    const again = await renderGuide({ preload: WRITTEN_KEPT, store });
    expect(tick(again, one!.id)).toBeChecked();
    expect(tick(again, two!.id)).toBeChecked();
    expect(tick(again, plan.actions[2]!.id)).not.toBeChecked();
    // What is left comes next, today's first.
    const left = plan.actions.find((action) => action.id !== one!.id && action.id !== two!.id)!;
    expect(within(glance(again)).getAllByRole('link')[0]).toHaveTextContent(title(again, left.id));
  });

  it('reads a damaged save as nothing ticked', async () => {
    const store = memoryStorage({ [DONE_KEY]: '{"not":"a list"' });
    const r = await renderGuide({ preload: WRITTEN_KEPT, store });
    expect(glance(r)).toHaveTextContent(progress(r, 0, plan.actions.length));
  });

  it('keeps the ticks of actions that still apply after an answer changes', async () => {
    const store = memoryStorage();
    const r = await renderGuide({ preload: WRITTEN_KEPT, store });
    await r.user.click(tick(r, 'report_privacy_violation'));
    await r.user.click(tick(r, 'ask_creditor_to_notify_collector'));
    const agreementTitle = questionText(r.i18n.t, 'agreement').title;
    const answers = screen.getByRole('region', { name: r.i18n.t(($) => $.review.heading) });
    await r.user.click(
      within(answers).getByRole('button', {
        name: r.i18n.t(($) => $.review.change_named, { question: agreementTitle }),
      }),
    );
    await answer(r, 'agreement', 'none');
    await answer(r, 'can_repay', 'not_now');
    const changed = planFor({ ...WRITTEN_KEPT, agreement: 'none', can_repay: 'not_now' });
    if (!changed.complete) throw new Error('the change must complete the path');
    expect(changed.actions.map((a) => a.id)).not.toContain('ask_creditor_to_notify_collector');
    expect(tick(r, 'report_privacy_violation')).toBeChecked();
    expect(glance(r)).toHaveTextContent(progress(r, 1, changed.actions.length));
  });

  it('are cleared with the answers', async () => {
    const store = memoryStorage();
    const r = await renderGuide({ preload: WRITTEN_KEPT, store });
    await r.user.click(tick(r, plan.actions[0]!.id));
    expect(store.data.get(DONE_KEY)).toBe(JSON.stringify([plan.actions[0]!.id]));
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.clear) }));
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.clear.confirm) }));
    expect(store.data.has(DONE_KEY)).toBe(false);
  });
});
