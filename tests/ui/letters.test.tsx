// @vitest-environment jsdom
// The letters screen as a person uses it: reached from the result, focus on its heading, the
// form fills the letter as they type, and a mistake is shown beside its field and announced.
import { screen, within } from '@testing-library/react';
import type { Answers } from '../../flows/debt-collection/answers';
import en from '../../locales/en/letters.json';
import zhCN from '../../locales/zh-CN/letters.json';
import zhHant from '../../locales/zh-Hant/letters.json';
import { takeaway as enTakeaway } from '../../locales/en/takeaway.json';
import { takeaway as zhTakeaway } from '../../locales/zh-CN/takeaway.json';
import { takeaway as zhHantTakeaway } from '../../locales/zh-Hant/takeaway.json';
import { LETTER_KINDS } from '../../flows/debt-collection/letters';
import { expectFocusMovesTo } from '../support/focus';
import { preloadLazyBundles } from '../support/lazy-bundles';
import { renderGuide, type Rendered } from '../support/render';

const answers: Answers = {
  debt_type: 'bank_credit_card',
  debt_recognised: 'yes',
  collector: 'agency',
  conduct: ['threats', 'third_party_contact'],
  agreement: 'none',
  can_repay: 'instalments',
  legal_action: 'none',
  wellbeing: 'coping',
};

async function openLetters(
  r: Rendered,
  takeaway: typeof zhTakeaway = zhTakeaway,
  letters: typeof zhCN = zhCN,
) {
  // The first time, the lazy screens are compiled for the test: allow for it.
  const wait = { timeout: 10_000 };
  await r.user.click(await screen.findByRole('button', { name: takeaway.letters.button }, wait));
  const heading = await screen.findByRole('heading', { level: 1, name: letters.ui.heading }, wait);
  await expectFocusMovesTo(heading);
}

const letterBox = () =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: zhCN.ui.text_label });

// Rendering the whole guide in jsdom, and compiling each lazy screen the first time, is slow.
describe('letters', { timeout: 20_000 }, () => {
  beforeAll(preloadLazyBundles);

  it('opens from the result, suggests the letters that fit, and fills the chosen one', async () => {
    const r = await renderGuide({ preload: answers });
    await openLetters(r);
    const chooser = screen.getByRole('group', { name: zhCN.ui.choose });
    const suggested = within(chooser).getAllByText(zhCN.ui.suggested);
    expect(suggested).toHaveLength(3);
    expect(
      within(chooser).getByRole('radio', { name: new RegExp(zhCN.ui.template.phone_script.name) }),
    ).toBeChecked();

    await r.user.click(
      within(chooser).getByRole('radio', { name: new RegExp(zhCN.ui.template.complaint.name) }),
    );
    expect(letterBox().value).toContain(zhCN.letter.conduct.threats);
    expect(letterBox().value).toContain(zhCN.letter.conduct.third_party_contact);
    expect(letterBox().value).toContain(zhCN.letter.regulator.nfra);

    await r.user.type(screen.getByRole('textbox', { name: zhCN.ui.field.name }), '张三');
    expect(letterBox().value).toContain('投诉人：张三');
  });

  it('announces a date that does not exist, marks the field, and keeps it out of the letter', async () => {
    const r = await renderGuide({ preload: answers });
    await openLetters(r);
    await r.user.click(
      screen.getByRole('radio', { name: new RegExp(zhCN.ui.template.negotiation.name) }),
    );
    const date = screen.getByRole('textbox', { name: zhCN.ui.field.first_date });
    await r.user.type(date, '2025-02-30');
    expect(screen.queryByRole('alert')).toBeNull(); // not while typing
    await r.user.tab();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(zhCN.ui.error.date);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(letterBox().value).toContain(zhCN.letter.placeholder.first_date);

    await r.user.clear(date);
    await r.user.type(date, '2025-03-31');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(date).not.toHaveAttribute('aria-invalid');
    expect(letterBox().value).toContain('2025年3月31日');
  });

  it('refuses amounts that are not positive numbers', async () => {
    const r = await renderGuide({ preload: answers });
    await openLetters(r);
    await r.user.click(
      screen.getByRole('radio', { name: new RegExp(zhCN.ui.template.negotiation.name) }),
    );
    for (const [label, value] of [
      [zhCN.ui.field.total, '-300'],
      [zhCN.ui.field.instalment, '0'],
    ] as const) {
      const field = screen.getByRole('textbox', { name: label });
      await r.user.type(field, value);
      await r.user.tab();
      expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      zhCN.ui.error.amount,
      zhCN.ui.error.amount,
    ]);
    expect(screen.getByText('有 2 处需要修改，修改前正文里会留出方括号。')).toBeInTheDocument();
  });

  it('keeps the person’s own edits until they ask to rebuild the text', async () => {
    const r = await renderGuide({ preload: answers });
    await openLetters(r);
    await r.user.type(letterBox(), '补充一句。');
    expect(letterBox().value.endsWith('补充一句。')).toBe(true);
    expect(screen.getByText(zhCN.ui.edited)).toBeInTheDocument();
    await r.user.type(screen.getByRole('textbox', { name: zhCN.ui.field.name }), '李四');
    expect(letterBox().value).not.toContain('李四');
    await r.user.click(screen.getByRole('button', { name: zhCN.ui.regenerate }));
    expect(letterBox().value).toContain('李四');
    expect(letterBox().value).not.toContain('补充一句。');
  });

  it('writes the letter in Chinese when the screen is in English, with an English preview', async () => {
    const r = await renderGuide({ preload: answers, language: 'en' });
    await openLetters(r, enTakeaway, en);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: en.ui.text_label });
    expect(box).toHaveAttribute('lang', 'zh-CN');
    expect(box.value.startsWith(zhCN.letter.phone_script.title)).toBe(true);
    const preview = screen.getByRole('region', { name: en.ui.preview_heading });
    expect(preview).toHaveTextContent(en.letter.phone_script.title);
    expect(screen.getByText(en.ui.language_note)).toBeInTheDocument();
  });

  it('warns a person who denies the debt on every letter, and asks only whether the loan exists', async () => {
    const r = await renderGuide({ preload: { ...answers, debt_recognised: 'not_mine' } });
    await openLetters(r);
    expect(letterBox().value).toContain(zhCN.letter.phone_script.questions_not_mine[0]);
    expect(letterBox().value).not.toContain(zhCN.letter.phone_script.questions[1]);
    for (const kind of LETTER_KINDS) {
      await r.user.click(
        screen.getByRole('radio', { name: new RegExp(zhCN.ui.template[kind].name) }),
      );
      expect(screen.getByText(zhCN.ui.not_mine_note), kind).toBeInTheDocument();
      expect(screen.queryByText(zhCN.ui.limitation_note), kind).toBeNull();
    }
  });

  it('sends a person threatened by a private lender to the police, not to a complaint', async () => {
    const r = await renderGuide({
      preload: {
        ...answers,
        debt_type: 'private_lender',
        collector: 'creditor',
        rate_concern: 'no',
      },
    });
    await openLetters(r);
    const complaint = screen.getByRole('radio', {
      name: new RegExp(zhCN.ui.template.complaint.name),
    });
    expect(complaint.closest('.choice')).not.toHaveTextContent(zhCN.ui.suggested);
    await r.user.click(complaint);
    expect(screen.getByText(zhCN.ui.police_first_note)).toBeInTheDocument();
    expect(screen.queryByText(zhCN.ui.regulator_note.none)).toBeNull();
  });

  it('offers a reader of Traditional Chinese the letter in Simplified to send, or in Traditional', async () => {
    const r = await renderGuide({ preload: answers, language: 'zh-Hant' });
    await openLetters(r, zhHantTakeaway, zhHant);
    const box = () =>
      screen.getByRole<HTMLTextAreaElement>('textbox', { name: zhHant.ui.text_label });
    expect(box()).toHaveAttribute('lang', 'zh-CN');
    expect(box().value.startsWith(zhCN.letter.phone_script.title)).toBe(true);
    const preview = screen.getByRole('region', { name: zhHant.ui.preview_heading });
    expect(preview).toHaveTextContent(zhHant.letter.phone_script.title);
    expect(screen.getByText(zhHant.ui.language_note)).toBeInTheDocument();

    await r.user.click(screen.getByRole('radio', { name: zhHant.ui.script.traditional }));
    expect(box()).toHaveAttribute('lang', 'zh-Hant');
    expect(box().value.startsWith(zhHant.letter.phone_script.title)).toBe(true);
    expect(screen.queryByRole('region', { name: zhHant.ui.preview_heading })).toBeNull();

    await r.user.click(screen.getByRole('radio', { name: zhHant.ui.script.simplified }));
    expect(box().value.startsWith(zhCN.letter.phone_script.title)).toBe(true);
  });

  it('goes back to the result', async () => {
    const r = await renderGuide({ preload: answers });
    await openLetters(r);
    await r.user.click(screen.getAllByRole('button', { name: zhCN.ui.back })[0]!);
    await expectFocusMovesTo(
      await screen.findByRole('heading', { level: 1, name: r.i18n.t(($) => $.result.heading) }),
    );
  });
});
