// Source: shared/spec/money-tools.md §4: one loan, as the person knows it: what arrived, and
// what must be repaid when (a regular schedule, or each payment by day).
import * as z from 'zod/mini';
import { isCalendarDate } from '../dates/calendar-date';
import { problemsFrom, type InputProblem } from './input-problems';
import { amountSchema } from './money-units';

export const PERIODS_PER_YEAR = { day: 365, week: 52, fortnight: 26, month: 12 } as const;
export type Period = keyof typeof PERIODS_PER_YEAR;
const PERIODS = Object.keys(PERIODS_PER_YEAR) as [Period, ...Period[]];

/** Ten years of daily payments. */
const MAX_PAYMENTS = 3650;

const PaymentSchema = z.strictObject({
  /** Whole days after the money was received. */
  day: z.int().check(z.gte(1), z.lte(36_500)),
  amount: amountSchema('positive'),
});

export const LoanSchema = z.strictObject({
  /** The money that actually arrived. */
  received: amountSchema('positive'),
  /** The principal the contract names: at least `received`; the difference was deducted. */
  contract_principal: z.optional(amountSchema('positive')),
  contract_date: z.optional(z.string().check(z.refine(isCalendarDate, 'not_a_date'))),
  /** Payment i (1…count) at the end of period i. */
  schedule: z.optional(
    z.strictObject({
      count: z.int().check(z.gte(1), z.lte(MAX_PAYMENTS)),
      every: z.enum(PERIODS),
      amount: amountSchema('positive'),
    }),
  ),
  payments: z.optional(z.array(PaymentSchema).check(z.minLength(1), z.maxLength(MAX_PAYMENTS))),
});
export type Loan = z.infer<typeof LoanSchema>;

export type ParsedLoan =
  | { readonly ok: true; readonly loan: Loan }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

export function parseLoan(input: unknown): ParsedLoan {
  const parsed = LoanSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFrom(parsed.error.issues) };
  const problems = crossCheck(parsed.data);
  return problems.length === 0 ? { ok: true, loan: parsed.data } : { ok: false, problems };
}

/** What one field cannot say alone. */
function crossCheck(loan: Loan): InputProblem[] {
  const problems: InputProblem[] = [];
  if (loan.contract_principal !== undefined && loan.contract_principal < loan.received) {
    problems.push({ field: 'contract_principal', code: 'below_received' });
  }
  if (loan.schedule !== undefined && loan.payments !== undefined) {
    problems.push({ field: 'payments', code: 'schedule_or_payments' });
  }
  if (loan.schedule === undefined && loan.payments === undefined) {
    problems.push({ field: 'schedule', code: 'missing' });
  }
  const late = loan.payments?.findIndex((p, i, all) => i > 0 && p.day <= (all[i - 1]?.day ?? 0));
  if (late !== undefined && late !== -1) {
    problems.push({ field: `payments[${late}].day`, code: 'not_increasing' });
  }
  return problems;
}
