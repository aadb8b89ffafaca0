// Share links: every route and every option survive the round trip to the same plan; anything
// altered, cut short or from a newer version is refused with a reason, never half-read.
import fc from 'fast-check';
import type { Answers } from '../../flows/debt-collection/answers';
import { QUESTIONS, type QuestionId } from '../../flows/debt-collection/questions';
import { planFor } from '../../flows/debt-collection/plan';
import { onPathAnswers, replay } from '../../flows/debt-collection/position';
import { takeShareLink } from '../../src/app/share-startup';
import {
  LAYOUT,
  LINK_VERSION,
  checkCode,
  decodeAnswers,
  encodeAnswers,
  readShareFragment,
  shareUrl,
} from '../../src/boundaries/share-link';
import { CONDUCT_SAMPLES, allConductAnswers } from '../support/answer-space';
import { answersArb } from '../support/arbitraries';
import { routeCoveringSets, routeOf } from '../support/route-coverage';

const route = routeOf;

function roundTrip(answers: Answers) {
  const decoded = decodeAnswers(encodeAnswers(answers));
  expect(decoded).toEqual({ kind: 'ok', answers });
  if (decoded.kind === 'ok') expect(planFor(decoded.answers)).toEqual(planFor(answers));
}

describe('share link round trip', () => {
  const sets = routeCoveringSets();

  it('covers every route, and every option of every question on each route', () => {
    const routes = new Set(sets.map(route));
    const seen = new Set(
      sets.flatMap((a) => Object.entries(a).map(([q, v]) => `${route(a)}|${q}=${String(v)}`)),
    );
    // Every option of every question appears on some route…
    for (const [question, def] of Object.entries(QUESTIONS)) {
      const values = question === 'conduct' ? CONDUCT_SAMPLES.map(String) : def.options;
      for (const value of values) {
        expect(
          [...seen].some((k) => k.endsWith(`|${question}=${value}`)),
          `${question}=${value}`,
        ).toBe(true);
      }
    }
    // …and on each route, every question that does not decide the route takes all its options.
    const free: QuestionId[] = [
      'collector',
      'conduct',
      'rate_concern',
      'legal_action',
      'wellbeing',
    ];
    for (const key of routes) {
      const onRoute = sets.filter((a) => route(a) === key);
      for (const question of free.filter((q) => key.split('>').includes(q))) {
        const values = new Set(onRoute.map((a) => String(a[question])));
        const all =
          question === 'conduct' ? CONDUCT_SAMPLES.length : QUESTIONS[question].options.length;
        expect(values.size, `${key} ${question}`).toBe(all);
      }
    }
    // Rate question asked or not × (debt denied | no agreement | agreement kept | not kept).
    expect(routes.size).toBe(8);
  });

  it('restores the same answers and the same plan on every route', () => {
    for (const answers of sets) roundTrip(answers);
  });

  it('restores every one of the 4,096 possible conduct answers', () => {
    const base = sets[0] as Answers;
    for (const conduct of allConductAnswers()) {
      const answers = { ...base, conduct } as Answers;
      expect(decodeAnswers(encodeAnswers(answers))).toEqual({ kind: 'ok', answers });
    }
  });

  it('restores any answers on a path, complete or not (random sample)', () => {
    fc.assert(
      fc.property(answersArb, (any) => {
        const answers = onPathAnswers(replay(any).context);
        roundTrip(answers);
      }),
      { numRuns: 1500 },
    );
  });

  it('is short, and carries only digits, letters and dots', () => {
    const link = encodeAnswers(sets[0] as Answers);
    expect(link).toMatch(/^1\.[0-9a-z]{13}\.[0-9a-z]{2}$/);
    expect(
      shareUrl({ origin: 'https://example.org', pathname: '/guide/' }, sets[0] as Answers),
    ).toBe(`https://example.org/guide/#a=${link}`);
  });

  it('keeps the version-1 layout, so links already sent keep opening', () => {
    expect(LINK_VERSION).toBe(1);
    expect(LAYOUT.map((f) => `${f.question}:${f.width}`)).toEqual([
      'debt_type:1',
      'debt_recognised:1',
      'collector:1',
      'conduct:3',
      'agreement:1',
      'keeping_agreement:1',
      'collection_after_agreement:1',
      'can_repay:1',
      'rate_concern:1',
      'legal_action:1',
      'wellbeing:1',
    ]);
    const sent: Answers = {
      debt_type: 'online_lender',
      debt_recognised: 'yes',
      collector: 'agency',
      conduct: ['odd_hours', 'third_party_contact'],
      agreement: 'none',
      can_repay: 'instalments',
      rate_concern: 'unknown',
      legal_action: 'threatened',
      wellbeing: 'struggling',
    };
    expect(encodeAnswers(sent)).toBe('1.31200a1002322.9b');
    expect(decodeAnswers('1.31200a1002322.9b')).toEqual({ kind: 'ok', answers: sent });
  });
});

describe('share links that are refused', () => {
  const answers: Answers = {
    debt_type: 'bank_credit_card',
    debt_recognised: 'amount_disputed',
    collector: 'law_firm',
    conduct: ['threats', 'disclosure', 'unexplained_fees'],
    agreement: 'written',
    keeping_agreement: 'missed',
    collection_after_agreement: 'continuing_pressure',
    can_repay: 'not_now',
    legal_action: 'summons',
    wellbeing: 'crisis',
  };
  const link = encodeAnswers(answers);
  const [, payload = ''] = link.split('.');
  const withCheck = (version: number, body: string) =>
    `${version}.${body}.${checkCode(version, body)}`;

  it('refuses every single-character change as tampered', () => {
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz.';
    let tried = 0;
    for (let i = 0; i < link.length; i++) {
      for (const char of alphabet) {
        if (char === link[i]) continue;
        const altered = link.slice(0, i) + char + link.slice(i + 1);
        const result = decodeAnswers(altered);
        expect(result.kind, altered).toBe('invalid');
        tried++;
      }
    }
    expect(tried).toBe(link.length * 36);
    expect(decodeAnswers(`${link.slice(0, 5)}${link[6]}${link[5]}${link.slice(7)}`)).toEqual({
      kind: 'invalid',
      problem: 'tampered',
    });
  });

  it('refuses a link cut short at any point as truncated', () => {
    for (let length = 0; length < link.length; length++) {
      const cut = link.slice(0, length);
      const result = decodeAnswers(cut);
      expect(result, `"${cut}"`).toEqual({ kind: 'invalid', problem: 'truncated' });
    }
  });

  it('refuses a link from a newer version, whatever it holds', () => {
    expect(decodeAnswers(withCheck(2, payload))).toEqual({
      kind: 'invalid',
      problem: 'future_version',
    });
    expect(decodeAnswers('17.zzzz')).toEqual({ kind: 'invalid', problem: 'future_version' });
  });

  it('refuses values that are not a link at all as malformed', () => {
    for (const value of [
      'hello',
      '1.ABC.de',
      '1.0000000000000.00.00',
      '0.0000000000000.00',
      `${'9'.repeat(80)}`,
      '<script>',
      'x.y.z',
    ]) {
      expect(decodeAnswers(value), value).toEqual({ kind: 'invalid', problem: 'malformed' });
    }
  });

  it('refuses well-formed links whose answers the guide would never make', () => {
    const cases = {
      'an option that does not exist': `6${payload.slice(1)}`,
      'reminders only with other conduct': `${payload.slice(0, 3)}${(1 + 2 ** 5).toString(36).padStart(3, '0')}${payload.slice(6)}`,
      'a conduct bit beyond the last option': `${payload.slice(0, 3)}${(2 ** 13).toString(36).padStart(3, '0')}${payload.slice(6)}`,
      'an answer off the path (rate question for a bank card)': `${payload.slice(0, 10)}1${payload.slice(11)}`,
    };
    for (const [what, body] of Object.entries(cases)) {
      expect(decodeAnswers(withCheck(1, body)), what).toEqual({
        kind: 'invalid',
        problem: 'invalid_answers',
      });
    }
  });
});

describe('reading the link from the address', () => {
  it('finds the link in the fragment and ignores other fragments', () => {
    expect(readShareFragment(`#a=${encodeAnswers({ debt_type: 'bank_loan' })}`)).toEqual({
      kind: 'ok',
      answers: { debt_type: 'bank_loan' },
    });
    expect(readShareFragment('#main')).toEqual({ kind: 'none' });
    expect(readShareFragment('')).toEqual({ kind: 'none' });
    expect(readShareFragment('#a=')).toEqual({ kind: 'invalid', problem: 'truncated' });
  });

  it('removes a link, good or bad, from the address bar, and leaves other addresses alone', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const hash of [`#a=${encodeAnswers({ debt_type: 'bank_loan' })}`, '#a=1.zz']) {
      const history = { state: { kept: true }, replaceState: vi.fn() };
      takeShareLink({ hash, pathname: '/guide/', search: '?lang=en' }, history);
      expect(history.replaceState).toHaveBeenCalledWith({ kept: true }, '', '/guide/?lang=en');
    }
    const untouched = { state: null, replaceState: vi.fn() };
    expect(takeShareLink({ hash: '#main', pathname: '/', search: '' }, untouched)).toEqual({
      kind: 'none',
    });
    expect(untouched.replaceState).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('share link refused: truncated');
    warn.mockRestore();
  });
});
