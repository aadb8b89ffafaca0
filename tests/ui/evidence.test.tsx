// @vitest-environment jsdom
// The evidence log: add, change and delete entries; mistakes announced beside their fields; kept
// across reloads; shown as text however it was typed; cleared with the answers.
import { screen, within } from '@testing-library/react';
import type { Answers } from '../../flows/debt-collection/answers';
import evidence from '../../locales/zh-CN/evidence.json';
import letters from '../../locales/zh-CN/letters.json';
import { takeaway } from '../../locales/zh-CN/takeaway.json';
import { EVIDENCE_KEY } from '../../src/boundaries/kept-with-answers';
import { expectFocusMovesTo } from '../support/focus';
import { preloadLazyBundles } from '../support/lazy-bundles';
import { memoryStorage, renderGuide, type Rendered } from '../support/render';

const answers: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'yes',
  collector: 'agency',
  conduct: ['high_frequency'],
  agreement: 'none',
  can_repay: 'full',
  rate_concern: 'no',
  legal_action: 'none',
  wellbeing: 'coping',
};

const wait = { timeout: 10_000 };

async function openLog(r: Rendered) {
  await r.user.click(await screen.findByRole('button', { name: takeaway.evidence.button }, wait));
  const heading = await screen.findByRole('heading', { level: 1, name: evidence.heading }, wait);
  await expectFocusMovesTo(heading);
}

const field = (name: string) => screen.getByRole('textbox', { name });

async function addEntry(
  r: Rendered,
  values: { date?: string; time?: string; who?: string; what: string },
) {
  const date = field(evidence.field.date);
  await r.user.clear(date);
  if (values.date) await r.user.type(date, values.date);
  if (values.time) await r.user.type(field(evidence.field.time), values.time);
  if (values.who) await r.user.type(field(evidence.field.who), values.who);
  await r.user.type(field(evidence.field.what), values.what);
  await r.user.click(screen.getByRole('button', { name: evidence.save }));
}

describe('evidence log', { timeout: 20_000 }, () => {
  beforeAll(preloadLazyBundles);

  it('announces what is wrong, marks the fields, and moves focus to the first', async () => {
    const r = await renderGuide({ preload: answers });
    await openLog(r);
    await addEntry(r, { date: '2025-02-30', time: '25:61', what: ' ' });
    const date = field(evidence.field.date);
    expect(date).toHaveFocus();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(field(evidence.field.time)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      evidence.error.date,
      evidence.error.time,
      evidence.error.required,
    ]);
    for (const alert of screen.getAllByRole('alert')) {
      expect(document.querySelector(`[aria-describedby~="${alert.id}"]`)).not.toBeNull();
    }
    expect(screen.getByText(evidence.empty)).toBeInTheDocument();
  });

  it('keeps entries across a reload, as text, and offers them to the complaint letter', async () => {
    const store = memoryStorage();
    const first = await renderGuide({ preload: answers, store });
    await openLog(first);
    const typed = '<img src=x onerror="alert(1)"> 说要去我单位';
    await addEntry(first, { date: '2025年3月1日', time: '22:40', who: '+86 171', what: typed });
    expect(screen.getByRole('status')).toHaveTextContent(evidence.saved);
    expect(within(screen.getByRole('list')).getByText(typed)).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByText(typed)).toBeInTheDocument(); // printed
    expect(document.querySelector('img')).toBeNull();
    first.unmount();

    const again = await renderGuide({ preload: answers, store });
    await openLog(again);
    const list = screen.getByRole('list');
    expect(within(list).getByText(typed)).toBeInTheDocument();
    expect(within(list).getByText(/2025-03-01 22:40/)).toBeInTheDocument();

    await again.user.click(screen.getByRole('button', { name: evidence.to_letters }));
    await screen.findByRole('heading', { level: 1, name: letters.ui.heading }, wait);
    await again.user.click(
      screen.getByRole('radio', { name: new RegExp(letters.ui.template.complaint.name) }),
    );
    expect(screen.getByRole('checkbox', { name: '附上我的催收记录（1 条）' })).toBeChecked();
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: letters.ui.text_label,
    }).value;
    expect(text).toContain(typed);
    expect(text).toContain('+86 171');
  });

  it('changes and deletes an entry', async () => {
    const r = await renderGuide({ preload: answers });
    await openLog(r);
    await addEntry(r, { date: '2025-03-01', what: '第一次' });
    await r.user.click(screen.getByRole('button', { name: '修改 2025-03-01 的记录' }));
    expect(
      screen.getByRole('heading', { level: 2, name: evidence.edit_heading }),
    ).toBeInTheDocument();
    const what = field(evidence.field.what);
    await r.user.clear(what);
    await r.user.type(what, '改过的内容');
    await r.user.click(screen.getByRole('button', { name: evidence.save_changes }));
    expect(within(screen.getByRole('list')).getByText('改过的内容')).toBeInTheDocument();
    expect(screen.queryByText('第一次')).toBeNull();

    await r.user.click(screen.getByRole('button', { name: '删除 2025-03-01 的记录' }));
    await r.user.click(screen.getByRole('button', { name: evidence.confirm_delete }));
    expect(screen.getByText(evidence.empty)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: evidence.list_heading })).toHaveFocus();
  });

  it('is cleared with the answers', async () => {
    const store = memoryStorage();
    const r = await renderGuide({ preload: answers, store });
    await openLog(r);
    await addEntry(r, { date: '2025-03-01', what: '记录' });
    expect(store.data.has(EVIDENCE_KEY)).toBe(true);
    const clear = r.i18n.t(($) => $.nav.clear);
    await r.user.click(screen.getByRole('button', { name: clear }));
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.clear.confirm) }));
    expect(store.data.has(EVIDENCE_KEY)).toBe(false);
  });
});
