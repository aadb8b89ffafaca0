// The answers schema: unknown ids and options refused, with a message that names the field.
import { checkAnswer, describeProblem } from '../../flows/debt-collection/answers';
import {
  AnswerSchemas,
  AnswersSchema,
  parseAnswers,
  salvageAnswers,
} from '../../flows/debt-collection/answers-input';
import { QUESTIONS, QUESTION_IDS } from '../../flows/debt-collection/questions';
import { allConductAnswers } from '../support/answer-space';

function firstProblem(input: unknown): string {
  const parsed = parseAnswers(input);
  if (parsed.ok) throw new Error('expected a refusal');
  return describeProblem(parsed.problems[0]!);
}

describe('AnswersSchema', () => {
  it('accepts an empty session', () => {
    expect(() => AnswersSchema.parse({})).not.toThrow();
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
  it('never echoes a long value back', () => {
    expect(firstProblem({ debt_type: 'x'.repeat(10_000) }).length).toBeLessThan(120);
  });
});

describe('the boundary schemas and the rules the machine checks', () => {
  const strange: unknown[] = [
    undefined,
    null,
    '',
    'nonsense',
    3,
    {},
    [],
    [[]],
    [undefined],
    [null],
    ['nonsense'],
  ];
  const candidates = (question: (typeof QUESTION_IDS)[number]): unknown[] => {
    const options = QUESTIONS[question].options;
    const lists =
      question === 'conduct'
        ? [...allConductAnswers(), ['reminders_only', 'threats'], ['insults', 'insults']]
        : options.map((option) => [option]);
    return [...strange, ...options, ...lists, [options[0], options[0]], options];
  };

  it.each(QUESTION_IDS)('agree on every value tried for %s', (question) => {
    const disagreements = candidates(question).filter(
      (value) =>
        AnswerSchemas[question].safeParse(value).success !==
        (checkAnswer(question, value) === null),
    );
    expect(disagreements).toEqual([]);
  });

  it('accept every valid answer and refuse some invalid ones (the comparison is not vacuous)', () => {
    const verdicts = QUESTION_IDS.flatMap((q) => candidates(q)).length;
    const accepted = QUESTION_IDS.flatMap((q) =>
      candidates(q).filter((value) => checkAnswer(q, value) === null),
    ).length;
    expect(accepted).toBeGreaterThan(4096);
    expect(accepted).toBeLessThan(verdicts);
  });
});
