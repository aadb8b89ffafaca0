// Answers from outside: unknown ids and options refused, with a message that names the field.
import { checkAnswer, describeProblem } from '../../flows/debt-collection/answers';
import { parseAnswers, salvageAnswers } from '../../flows/debt-collection/parse-answers';
import { QUESTIONS, QUESTION_IDS, questionKind } from '../../flows/debt-collection/questions';
import { allConductAnswers } from '../support/answer-space';

function firstProblem(input: unknown): string {
  const parsed = parseAnswers(input);
  if (parsed.ok) throw new Error('expected a refusal');
  return describeProblem(parsed.problems[0]!);
}

describe('parseAnswers', () => {
  it('accepts an empty session', () => {
    expect(parseAnswers({})).toEqual({ ok: true, answers: {} });
  });
  it('accepts a valid partial session', () => {
    expect(parseAnswers({ debt_type: 'bank_loan', conduct: ['odd_hours', 'insults'] }).ok).toBe(
      true,
    );
  });
  it('refuses an unknown question id, naming it', () => {
    expect(firstProblem({ debt_kind: 'bank_loan' })).toBe('"debt_kind": unknown question id');
  });
  it('refuses an unknown option, naming the field and the option', () => {
    expect(firstProblem({ debt_type: 'payday' })).toBe('"debt_type": unknown option "payday"');
    expect(firstProblem({ conduct: ['odd_hours', 'stalking'] })).toBe(
      '"conduct": unknown option "stalking"',
    );
  });
  it('refuses a list where one option is expected', () => {
    expect(firstProblem({ wellbeing: ['coping'] })).toBe(
      '"wellbeing": expected one option id, got a list',
    );
  });
  it('refuses a single value where a list is expected', () => {
    expect(firstProblem({ conduct: 'threats' })).toBe('"conduct": expected a list of option ids');
  });
  it('refuses reminders_only with another conduct', () => {
    expect(firstProblem({ conduct: ['reminders_only', 'threats'] })).toBe(
      '"conduct": "reminders_only" cannot be combined with another option',
    );
  });
  it('refuses an empty conduct list and duplicates', () => {
    expect(firstProblem({ conduct: [] })).toBe('"conduct": choose at least one option');
    expect(firstProblem({ conduct: ['insults', 'insults'] })).toBe(
      '"conduct": an option is listed twice',
    );
  });
  it('refuses something that is not an object', () => {
    for (const input of [null, 3, 'x', ['debt_type']]) {
      expect(firstProblem(input)).toBe(
        'answers: expected a JSON object of question id -> option id',
      );
    }
  });
  it('keeps every valid answer and reports the rest when salvaging', () => {
    const { answers, problems } = salvageAnswers({
      debt_type: 'bank_loan',
      collector: 'martians',
      wellbeing: ['crisis'],
      favourite_colour: 'blue',
    });
    expect(answers).toEqual({ debt_type: 'bank_loan' });
    expect(problems.map((p) => p.field)).toEqual(['collector', 'wellbeing', 'favourite_colour']);
  });
  it('never throws, whatever it is given', () => {
    for (const input of [undefined, Object.create(null), { conduct: [{}] }, new Date(0)]) {
      expect(() => salvageAnswers(input)).not.toThrow();
    }
  });
  it('never echoes a long value back', () => {
    expect(firstProblem({ debt_type: 'x'.repeat(10_000) }).length).toBeLessThan(120);
  });
});

describe('checkAnswer: the one rule for an answer', () => {
  const strange: unknown[] = [undefined, null, '', 'nonsense', 3, {}];
  const strangeLists: unknown[] = [[[]], [undefined], [null], ['nonsense']];
  const oneQuestions = QUESTION_IDS.filter((q) => questionKind(q) === 'one');
  const listQuestions = QUESTION_IDS.filter((q) => questionKind(q) === 'many');

  it.each(QUESTION_IDS)('refuses values that are no option of %s', (question) => {
    for (const value of strange) {
      const problem = checkAnswer(question, value);
      expect(problem?.field, String(value)).toBe(question);
      expect(problem?.code).toBe(
        questionKind(question) === 'one' ? 'unknown_option' : 'expected_list',
      );
    }
  });

  it.each(oneQuestions)('accepts each option of %s alone, and no list', (question) => {
    const options: readonly string[] = QUESTIONS[question].options;
    for (const option of options) expect(checkAnswer(question, option)).toBeNull();
    for (const list of [[], ...strangeLists, [options[0]], options]) {
      expect(checkAnswer(question, list)?.code).toBe('expected_one');
    }
  });

  it.each(listQuestions)('refuses an empty list, unknown entries and duplicates in %s', (q) => {
    const first: string | undefined = QUESTIONS[q].options[0];
    expect(checkAnswer(q, [])?.code).toBe('empty_list');
    for (const list of strangeLists) expect(checkAnswer(q, list)?.code).toBe('unknown_option');
    expect(checkAnswer(q, [first, first])?.code).toBe('duplicate_option');
  });

  it('accepts every allowed conduct list and refuses reminders_only with anything else', () => {
    const lists = allConductAnswers();
    expect(lists.length).toBeGreaterThan(4000);
    for (const list of lists) expect(checkAnswer('conduct', list)).toBeNull();
    expect(checkAnswer('conduct', ['reminders_only', 'threats'])).toEqual({
      field: 'conduct',
      code: 'exclusive_option',
      option: 'reminders_only',
    });
    expect(checkAnswer('conduct', ['reminders_only'])).toBeNull();
  });
});
