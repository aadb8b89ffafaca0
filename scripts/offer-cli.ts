// The `offer` command (shared/spec/money-tools.md §5): a budget and debts in, the offer out.
import { describeInputProblem } from '../flows/money/input-problems';
import { makeOffer } from '../flows/money/offer';
import { parseOfferInput } from '../flows/money/offer-input';
import {
  InputError,
  parseCommonArgs,
  parseJson,
  readInput,
  runCommand,
  type CommandIo,
} from './cli-runner';

/** One JSON budget and debts to the printed offer, or InputError naming the field. */
export function offerLine(text: string): object {
  const parsed = parseOfferInput(parseJson(text, 'input'));
  if (!parsed.ok) {
    throw new InputError(parsed.problems.map((p) => describeInputProblem(p, 'input')).join('; '));
  }
  const { available, status, shares } = makeOffer(parsed.budget, parsed.debts);
  return {
    available,
    status,
    shares: shares.map(({ id, share, months_to_clear }) => ({ id, share, months_to_clear })),
  };
}

export function run(
  argv: readonly string[],
  io: CommandIo,
  read: (file: string | undefined) => string = readInput,
): number {
  return runCommand('offer', io, () => {
    const { jsonl, file } = parseCommonArgs(argv);
    return { jsonl, text: read(file), answer: offerLine };
  });
}
