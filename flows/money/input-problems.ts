// Turns zod issues on money input (a loan, a budget, a debts list) into problems that name the
// field: data for the screens, one English line for the commands. Never carries a typed value
// except an unknown option id (cut short), so a problem can be logged.
import type * as z from 'zod/mini';

export type InputProblemCode =
  | 'missing'
  | 'wrong_type'
  | 'not_whole_number'
  | 'too_small'
  | 'too_big'
  | 'too_many_decimals'
  | 'unknown_value'
  | 'unknown_field'
  | 'not_a_date'
  | 'not_increasing'
  | 'duplicate_id'
  | 'below_received'
  | 'schedule_or_payments'
  | 'empty_list'
  /** Past the most a list may hold (MAX_LIST_LENGTH): not read. */
  | 'too_many'
  | 'malformed';

export interface InputProblem {
  /** Where, as `debts[2].balance`; '' for the whole input. */
  readonly field: string;
  readonly code: InputProblemCode;
  /** For the commands' line only (screens word each code): the limit, the type expected, or the
   * unknown value and the choices. */
  readonly detail?: string;
}

type Issue = z.core.$ZodIssue;

/** A path as people read it: `payments[2].day`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** One problem per field (the first zod found), in the order zod found them. */
export function problemsFrom(issues: readonly Issue[], prefix: readonly PropertyKey[] = []) {
  const byField = new Map<string, InputProblem>();
  for (const issue of issues) {
    const problem = problemFrom(issue, [...prefix, ...issue.path]);
    if (!byField.has(problem.field)) byField.set(problem.field, problem);
  }
  return [...byField.values()];
}

function problemFrom(issue: Issue, path: readonly PropertyKey[]): InputProblem {
  const field = fieldName(path);
  const absent = !('input' in issue) || issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (absent) return { field, code: 'missing' };
      return {
        field,
        code: issue.expected === 'int' ? 'not_whole_number' : 'wrong_type',
        detail: issue.expected,
      };
    case 'invalid_value':
      if (absent) return { field, code: 'missing' };
      return {
        field,
        code: 'unknown_value',
        detail: `${shortText(issue.input)} (expected one of ${issue.values.join(', ')})`,
      };
    case 'too_small':
      return {
        field,
        code: 'too_small',
        detail: `${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`,
      };
    case 'too_big':
      return {
        field,
        code: 'too_big',
        detail: `${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`,
      };
    case 'unrecognized_keys':
      return { field: fieldName([...path, issue.keys[0] ?? '']), code: 'unknown_field' };
    case 'custom':
      return { field, code: isCode(issue.message) ? issue.message : 'malformed' };
    default:
      return { field, code: 'malformed' };
  }
}

const CUSTOM_CODES: readonly InputProblemCode[] = [
  'too_many_decimals',
  'not_a_date',
  'not_increasing',
  'duplicate_id',
  'below_received',
  'schedule_or_payments',
];

function isCode(message: string): message is InputProblemCode {
  return (CUSTOM_CODES as readonly string[]).includes(message);
}

function shortText(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
}

const TYPE_NAMES: Partial<Record<string, string>> = {
  object: 'a JSON object',
  array: 'a list',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
};

/** One English line naming the field, for the commands. */
export function describeInputProblem(problem: InputProblem, whole: string): string {
  const where = problem.field === '' ? whole : problem.field;
  const detail = problem.detail ?? '';
  switch (problem.code) {
    case 'missing':
      return `${where}: missing`;
    case 'wrong_type':
      return `${where}: expected ${TYPE_NAMES[detail] ?? detail}`;
    case 'not_whole_number':
      return `${where}: expected a whole number`;
    case 'too_small':
      return `${where}: must be ${detail}`;
    case 'too_big':
      return `${where}: must be ${detail}`;
    case 'too_many_decimals':
      return `${where}: at most 2 decimals (yuan and fen)`;
    case 'unknown_value':
      return `${where}: unknown value ${detail}`;
    case 'unknown_field':
      return `${where}: unknown field`;
    case 'not_a_date':
      return `${where}: expected a real date as YYYY-MM-DD`;
    case 'not_increasing':
      return `${where}: must be later than the payment before`;
    case 'duplicate_id':
      return `${where}: another debt has the same id`;
    case 'below_received':
      return `${where}: must be at least "received"`;
    case 'schedule_or_payments':
      return `${where}: give either "schedule" or "payments", not both`;
    case 'empty_list':
      return `${where}: list at least one`;
    case 'too_many':
      return `${where}: past the most a list may hold, not read`;
    case 'malformed':
      return `${where}: not readable`;
  }
}
