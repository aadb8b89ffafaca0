// The `cost` command (shared/spec/money-tools.md §5): one loan in, its true cost out.
import { describeInputProblem } from '../flows/money/input-problems';
import { parseLoan } from '../flows/money/loan';
import { trueCost } from '../flows/money/true-cost';
import {
  InputError,
  parseCommonArgs,
  parseJson,
  readInput,
  runCommand,
  type CommandIo,
} from './cli-runner';

/** One JSON loan to the printed object, in the contract's order, or InputError naming the field. */
export function costLine(text: string): object {
  const parsed = parseLoan(parseJson(text, 'loan'));
  if (!parsed.ok) {
    throw new InputError(parsed.problems.map((p) => describeInputProblem(p, 'loan')).join('; '));
  }
  const cost = trueCost(parsed.loan);
  return {
    apr: cost.apr,
    effective_annual: cost.effective_annual,
    periodic_rate: cost.periodic_rate,
    periods_per_year: cost.periods_per_year,
    total_repaid: cost.total_repaid,
    received: cost.received,
    deducted_upfront: cost.deducted_upfront,
    above_24: cost.above_24,
    above_36: cost.above_36,
    private_cap: cost.private_cap,
    above_private_cap: cost.above_private_cap,
    lpr_as_of: cost.lpr_as_of,
  };
}

export function run(
  argv: readonly string[],
  io: CommandIo,
  read: (file: string | undefined) => string = readInput,
): number {
  return runCommand('cost', io, () => {
    const { jsonl, file } = parseCommonArgs(argv);
    return { jsonl, text: read(file), answer: costLine };
  });
}
