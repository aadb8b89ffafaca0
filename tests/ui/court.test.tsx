// @vitest-environment jsdom
// The court screen: reached from the lawsuit cards, opened at the person's stage; dates typed as
// people type them, checked, counted from today in China time, kept, and cleared with the answers.
import { screen, within } from '@testing-library/react';
import type { Answers } from '../../flows/debt-collection/answers';
import { action } from '../../locales/zh-CN/actions.json';
import court from '../../locales/zh-CN/court.json';
import { takeaway } from '../../locales/zh-CN/takeaway.json';
import { COURT_DATES_KEY } from '../../src/boundaries/kept-with-answers';
import { expectFocusMovesTo } from '../support/focus';
import { preloadLazyBundles } from '../support/lazy-bundles';
import { memoryStorage, renderGuide, type Rendered } from '../support/render';

const summons: Answers = {
  debt_type: 'online_lender',
  debt_recognised: 'yes',
  collector: 'agency',
  conduct: ['high_frequency'],
  agreement: 'none',
  can_repay: 'full',
  rate_concern: 'no',
  legal_action: 'summons',
  wellbeing: 'coping',
};

// Generous: the first test loads the lazy screens' chunk, slow on a busy machine.
const wait = { timeout: 30_000 };
const field = (name: string) => screen.getByRole('textbox', { name });
const labels = court.deadline.field;

async function openCourt(r: Rendered) {
  const buttons = await screen.findAllByRole('button', { name: takeaway.court.button }, wait);
  await r.user.click(buttons[0]!);
  const heading = await screen.findByRole('heading', { level: 1, name: court.heading }, wait);
  await expectFocusMovesTo(heading);
}

async function enter(r: Rendered, values: Partial<Record<keyof typeof labels, string>>) {
  for (const [name, text] of Object.entries(values)) {
    if (name === 'small_claims') continue;
    const input = field(labels[name as keyof typeof labels].label);
    await r.user.clear(input);
    await r.user.type(input, text);
  }
  if (values.small_claims) {
    await r.user.click(screen.getByRole('checkbox', { name: labels.small_claims.label }));
  }
  await r.user.click(screen.getByRole('button', { name: court.deadline.show }));
}

const deadlineItems = () =>
  within(screen.getByRole('region', { name: court.deadline.list_heading })).queryAllByRole(
    'listitem',
  );

describe('court screen', { timeout: 60_000 }, () => {
  beforeAll(preloadLazyBundles);
  // 00:30 on 2 March in Beijing is still 1 March in UTC: today must be China's day.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T16:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  // Each lawsuit card leads to the court screen, opened at its stage; the answers decide the card.
  it.each<[keyof typeof action, Answers, string]>([
    ['verify_lawsuit', { legal_action: 'threatened' }, 'threatened'],
    ['respond_to_lawsuit', { legal_action: 'summons' }, 'sued'],
    ['comply_with_judgment', { legal_action: 'judgment' }, 'judged'],
    ['verify_lawsuit', { legal_action: 'none', conduct: ['fake_legal_docs'] }, 'threatened'],
  ])('opens from the %s card at the stage of %j', async (id, answers, stage) => {
    const r = await renderGuide({ preload: { ...summons, ...answers } });
    const card = await screen.findByRole('article', { name: new RegExp(action[id].title) }, wait);
    await r.user.click(within(card).getByRole('button', { name: takeaway.court.button }));
    const heading = await screen.findByRole('heading', { level: 1, name: court.heading }, wait);
    await expectFocusMovesTo(heading);
    const open = document.querySelectorAll('details[open]');
    expect([...open].map((d) => d.id)).toEqual([`court-stage-${stage}`]);
    expect(within(open[0] as HTMLElement).getByText(court.you_are_here)).toBeInTheDocument();
    for (const other of Object.values(court.stage)) {
      expect(screen.getByText(other.title)).toBeInTheDocument();
    }
  });

  it('opens from the take-away list only when the papers question says court papers', async () => {
    const takeAwayCourt = () =>
      within(screen.getByRole('region', { name: takeaway.heading })).queryByRole('button', {
        name: takeaway.court.button,
      });
    const none = await renderGuide({ preload: { ...summons, legal_action: 'none' } });
    await screen.findByRole('region', { name: takeaway.heading }, wait);
    expect(takeAwayCourt()).toBeNull();
    none.unmount();

    const r = await renderGuide({ preload: { ...summons, legal_action: 'judgment' } });
    await screen.findByRole('region', { name: takeaway.heading }, wait);
    await r.user.click(takeAwayCourt()!);
    await screen.findByRole('heading', { level: 1, name: court.heading }, wait);
    expect([...document.querySelectorAll('details[open]')].map((d) => d.id)).toEqual([
      'court-stage-judged',
    ]);
  });

  it('opens at the judged stage once a judgment date is kept, whatever the answers', async () => {
    const store = memoryStorage({ [COURT_DATES_KEY]: '{"judgment_received":"2026-02-20"}' });
    const r = await renderGuide({ preload: summons, store });
    await openCourt(r);
    expect([...document.querySelectorAll('details[open]')].map((d) => d.id)).toEqual([
      'court-stage-judged',
    ]);
  });

  it('shows each date with what to do, days left from China’s today, and the rule', async () => {
    const store = memoryStorage();
    const r = await renderGuide({ preload: summons, store });
    await openCourt(r);
    await enter(r, {
      complaint_received: '2026年3月2日',
      hearing: '2026/3/20',
      hearing_time: '9:30',
      evidence_due: '２０２６-03-10',
    });
    expect(screen.getByText(court.deadline.saved)).toBeInTheDocument();
    const items = deadlineItems();
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      court.deadline.kind.evidence_due.title,
      court.deadline.kind.defence_due.title,
      court.deadline.kind.hearing.title,
    ]);
    expect(items[0]).toHaveTextContent('还有8天');
    expect(items[1]).toHaveTextContent('2026年3月17日');
    expect(items[1]).toHaveTextContent('还有15天');
    expect(items[1]).toHaveTextContent(court.deadline.kind.defence_due.rule);
    expect(items[2]).toHaveTextContent('2026年3月20日 09:30');
    expect(items[2]).toHaveTextContent(court.deadline.kind.hearing.todo);
    expect(screen.getByText(court.deadline.act_early)).toBeInTheDocument();
    expect(screen.getByText(court.deadline.no_extension)).toBeInTheDocument();
    expect(JSON.parse(store.data.get(COURT_DATES_KEY) ?? 'null')).toEqual({
      complaint_received: '2026-03-02',
      hearing: '2026-03-20T09:30',
      evidence_due: '2026-03-10',
    });
    r.unmount();

    const again = await renderGuide({ preload: summons, store });
    await openCourt(again);
    expect(field(labels.hearing.label)).toHaveValue('2026-03-20');
    expect(field(labels.hearing_time.label)).toHaveValue('09:30');
    expect(deadlineItems()).toHaveLength(3);
  });

  it('names an impossible date, keeps what was typed, focuses it, and saves nothing', async () => {
    const store = memoryStorage();
    const r = await renderGuide({ preload: summons, store });
    await openCourt(r);
    await enter(r, { complaint_received: '2026-02-30', hearing_time: '25:00' });
    const complaint = field(labels.complaint_received.label);
    expect(complaint).toHaveValue('2026-02-30');
    expect(complaint).toHaveFocus();
    expect(complaint).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      court.deadline.error.date,
      court.deadline.error.time,
    ]);
    expect(store.data.has(COURT_DATES_KEY)).toBe(false);
  });

  it('shows no defence or appeal date for small claims, and says why', async () => {
    const r = await renderGuide({ preload: summons });
    await openCourt(r);
    await enter(r, {
      complaint_received: '2026-03-02',
      judgment_received: '2026-04-01',
      small_claims: 'yes',
    });
    expect(deadlineItems()).toHaveLength(0);
    expect(screen.getByText(court.deadline.small_claims_defence)).toBeInTheDocument();
    expect(screen.getByText(court.deadline.small_claims_final)).toBeInTheDocument();
  });

  it('reads damaged stored dates as none, and says so', async () => {
    const store = memoryStorage({ [COURT_DATES_KEY]: '{"hearing":"2026-02-30"}' });
    const r = await renderGuide({ preload: summons, store });
    await openCourt(r);
    expect(screen.getByText(court.deadline.unreadable)).toBeInTheDocument();
    expect(field(labels.hearing.label)).toHaveValue('');
    // Chinese sentences run on without a space between the field's hint and the example.
    expect(field(labels.hearing.label)).toHaveAccessibleDescription(
      expect.stringContaining(`${labels.hearing.hint}${court.deadline.date_hint}`),
    );
  });

  it('is cleared with the answers', async () => {
    const store = memoryStorage();
    const r = await renderGuide({ preload: summons, store });
    await openCourt(r);
    await enter(r, { hearing: '2026-03-20' });
    expect(store.data.has(COURT_DATES_KEY)).toBe(true);
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.nav.clear) }));
    await r.user.click(screen.getByRole('button', { name: r.i18n.t(($) => $.clear.confirm) }));
    expect(store.data.has(COURT_DATES_KEY)).toBe(false);
  });
});
