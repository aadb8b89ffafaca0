// @vitest-environment jsdom
// The result screen for answer sets that together show every action, reason, detail, contact and
// cited fact on every route, in every language: no missing text, no raw key, no empty part.
import { cleanup, screen, within } from '@testing-library/react';
import { ACTION_RULES } from '../../flows/debt-collection/actions';
import type { ActionRule } from '../../flows/debt-collection/rule-helpers';
import { LANGUAGES } from '../../src/i18n/languages';
import { coveringAnswerSets } from '../support/coverage-set';
import { renderGuide } from '../support/render';

const { sets, covered } = coveringAnswerSets(3_000);
const rules = ACTION_RULES as readonly ActionRule[];

describe('the set of answers rendered', () => {
  it('shows every action, every reason and every detail, on all eight routes', () => {
    for (const rule of rules) {
      for (const trigger of rule.triggers)
        expect(covered, `${rule.id}.${trigger.id}`).toContain(`why:${rule.id}:${trigger.id}`);
      for (const detail of rule.details ?? [])
        expect(covered).toContain(`detail:${rule.id}:${detail.id}`);
    }
    expect([...covered].filter((f) => f.startsWith('route:'))).toHaveLength(8);
    console.info(
      `every-result: ${sets.length} answer sets cover ${covered.size} actions, reasons, details, contacts, facts and routes`,
    );
  });
});

describe.each(LANGUAGES)('every result in %s', (language) => {
  afterEach(cleanup);

  it.each(sets.map((answers, index) => [index, answers] as const))(
    'answer set %i',
    async (_, answers) => {
      const errors: unknown[] = [];
      const spy = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
      const r = await renderGuide({ language, preload: answers });
      expect(
        screen.getByRole('heading', { level: 1, name: r.i18n.t(($) => $.result.heading) }),
      ).toBeInTheDocument();
      const text = document.body.textContent ?? '';
      // ids and keys look like snake_case or dotted.paths; no word on screen should
      expect(text.match(/\b[a-z]+_[a-z_]+\b/g) ?? []).toEqual([]);
      expect(text.match(/\b(question|action|fact|result|ask|nav)\.[a-z_.]+/g) ?? []).toEqual([]);
      for (const card of screen.getAllByRole('article')) {
        expect(within(card).getByRole('heading', { level: 3 }).textContent?.trim()).not.toBe('');
        for (const item of within(card).getAllByRole('listitem'))
          expect(item.textContent?.trim()).not.toBe('');
        for (const paragraph of card.querySelectorAll('p'))
          expect(paragraph.textContent?.trim()).not.toBe('');
      }
      spy.mockRestore();
      expect(errors).toEqual([]);
    },
  );
});
