// Source: shared/spec/money-tools.md §1: the debts list. Stored on the device and read back item
// by item: one damaged debt never costs the person the others.
import * as z from 'zod/mini';
import { DEBT_KINDS } from './debt-kinds';
import { problemsFrom, type InputProblem } from './input-problems';
import { MAX_LIST_LENGTH, amountSchema } from './money-units';

export const DebtSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** As the person knows the lender: an app, a bank, a person. */
  lender: z.string().check(z.minLength(1), z.maxLength(60)),
  kind: z.enum(DEBT_KINDS),
  /** What the lender says is owed now. */
  balance: amountSchema('positive'),
  contract_monthly: z.optional(amountSchema('zero_or_more')),
  overdue_months: z.optional(z.int().check(z.gte(0), z.lte(1200))),
  /** A court judgment or court-confirmed agreement exists for this debt. */
  judgment: z.boolean(),
  /** What the judgment requires a month. Read only when `judgment` is true. */
  judgment_monthly: z.optional(amountSchema('positive')),
});
export type Debt = z.infer<typeof DebtSchema>;

/** The whole list, as written to storage: ids distinct. */
export const DebtsSchema = z.array(DebtSchema).check(
  z.maxLength(MAX_LIST_LENGTH),
  z.refine((debts) => new Set(debts.map((d) => d.id)).size === debts.length, 'duplicate_id'),
);

/** A debt that could not be read, and why; its lender's name when that much was readable. */
export interface UnreadableDebt {
  readonly index: number;
  readonly lender?: string;
  readonly problems: readonly InputProblem[];
}

const ListSchema = z.array(z.unknown());

/**
 * Tolerant read of a stored list: keeps every valid debt, in order, and reports the rest by
 * position. A debt whose id repeats an earlier one is unreadable (ids identify shares).
 */
export function salvageDebts(input: unknown): {
  debts: Debt[];
  unreadable: UnreadableDebt[];
  notAList: boolean;
} {
  const list = ListSchema.safeParse(input);
  if (!list.success) return { debts: [], unreadable: [], notAList: true };
  const debts: Debt[] = [];
  const unreadable: UnreadableDebt[] = [];
  const ids = new Set<string>();
  list.data.slice(0, MAX_LIST_LENGTH).forEach((item, index) => {
    const debt = DebtSchema.safeParse(item, { reportInput: true });
    const problems = debt.success
      ? ids.has(debt.data.id)
        ? [{ field: 'id', code: 'duplicate_id' } as const]
        : []
      : problemsFrom(debt.error.issues);
    if (debt.success && problems.length === 0) {
      ids.add(debt.data.id);
      debts.push(debt.data);
    } else {
      unreadable.push({ index, ...lenderOf(item), problems });
    }
  });
  for (let index = MAX_LIST_LENGTH; index < list.data.length; index++) {
    unreadable.push({
      index,
      ...lenderOf(list.data[index]),
      problems: [{ field: '', code: 'too_many' }],
    });
  }
  return { debts, unreadable, notAList: false };
}

function lenderOf(item: unknown): { lender?: string } {
  const lender = DebtSchema.shape.lender.safeParse((item as { lender?: unknown } | null)?.lender);
  return lender.success ? { lender: lender.data } : {};
}

export type ParsedDebts =
  | { readonly ok: true; readonly debts: Debt[] }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** Strict read (the `offer` command): any unreadable debt refuses the list; fields named in full. */
export function parseDebts(input: unknown, field = 'debts'): ParsedDebts {
  const { debts, unreadable, notAList } = salvageDebts(input);
  if (notAList) {
    const code = input === undefined ? 'missing' : 'wrong_type';
    return { ok: false, problems: [{ field, code, detail: 'array' }] };
  }
  if (unreadable.length === 0) return { ok: true, debts };
  const problems = unreadable.flatMap(({ index, problems }) =>
    problems.map((problem) => ({
      ...problem,
      field: `${field}[${index}]${problem.field === '' ? '' : `.${problem.field}`}`,
    })),
  );
  return { ok: false, problems };
}
