// The small form that fills the letters: what was typed (strings), checked with zod, and the
// values the letters use. An empty or invalid field leaves a bracketed placeholder in the letter.
import * as z from 'zod/mini';
import { parseAmount, parseCount, parseDateInput } from '../forms/parse-input';

export const LETTER_FIELDS = [
  'name',
  'creditor',
  'account',
  'phone',
  'date',
  'total',
  'instalment',
  'count',
  'first_date',
  'hardship',
  'agreement_date',
  'agency',
  'details',
  'complaint_date',
  'ticket',
] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];
export type LetterFormValues = Readonly<Record<LetterField, string>>;

export type FieldProblem = 'date' | 'amount' | 'count' | 'too_long';

const SHORT = 120;
const LONG = 2000;

const FIELD_KIND = {
  name: 'short',
  creditor: 'short',
  account: 'short',
  phone: 'short',
  date: 'date',
  total: 'amount',
  instalment: 'amount',
  count: 'count',
  first_date: 'date',
  hardship: 'long',
  agreement_date: 'date',
  agency: 'short',
  details: 'long',
  complaint_date: 'date',
  ticket: 'short',
} as const satisfies Record<LetterField, string>;

const blankOr = (check: (text: string) => boolean) => (text: string) =>
  text.trim() === '' || check(text);
const checked = (read: (text: string) => unknown, problem: FieldProblem) =>
  z.string().check(
    z.refine(
      blankOr((v) => read(v) !== null),
      { message: problem },
    ),
  );

const SCHEMA_BY_KIND = {
  short: z.string().check(z.maxLength(SHORT, 'too_long')),
  long: z.string().check(z.maxLength(LONG, 'too_long')),
  date: checked(parseDateInput, 'date'),
  amount: checked(parseAmount, 'amount'),
  count: checked(parseCount, 'count'),
};

const READ_BY_KIND = {
  short: (text: string): string => text,
  long: (text: string): string => text,
  date: parseDateInput,
  amount: parseAmount,
  count: parseCount,
};

const LetterFormSchema = z.object(
  Object.fromEntries(LETTER_FIELDS.map((field) => [field, SCHEMA_BY_KIND[FIELD_KIND[field]]])),
);

/** The values a letter uses: undefined where the field is empty or not valid. */
export type LetterInput = {
  readonly [F in LetterField]?: NonNullable<
    ReturnType<(typeof READ_BY_KIND)[(typeof FIELD_KIND)[F]]>
  >;
};

export interface CheckedLetterForm {
  readonly input: LetterInput;
  readonly problems: Readonly<Partial<Record<LetterField, FieldProblem>>>;
}

export function emptyLetterForm(today: string): LetterFormValues {
  const values = Object.fromEntries(LETTER_FIELDS.map((field) => [field, ''])) as Record<
    LetterField,
    string
  >;
  return { ...values, date: today };
}

export function checkLetterForm(values: LetterFormValues): CheckedLetterForm {
  const problems: Partial<Record<LetterField, FieldProblem>> = {};
  const result = LetterFormSchema.safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as LetterField;
      problems[field] ??= issue.message as FieldProblem;
    }
  }
  const input: Record<string, unknown> = {};
  for (const field of LETTER_FIELDS) {
    const raw = values[field].trim();
    if (problems[field] !== undefined || raw === '') continue;
    input[field] = READ_BY_KIND[FIELD_KIND[field]](raw) ?? undefined;
  }
  return { input, problems };
}
