// The `plan` command (shared/spec/decision-model.md §The `plan` command): answers in, plan out,
// through the real machine. Exit 2 with one line naming the field for bad input.
import { describeProblem } from '../flows/debt-collection/answers';
import { parseAnswers } from '../flows/debt-collection/parse-answers';
import { planFor, type Plan } from '../flows/debt-collection/plan';
import {
  InputError,
  parseCommonArgs,
  parseJson,
  readInput,
  runCommand,
  type CommandIo,
  type CommonOptions,
} from './cli-runner';

export { InputError, readInput } from './cli-runner';

export const LANGUAGES = ['zh-CN', 'zh-Hant', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type TitleOf = (actionId: string) => string;

export interface CliOptions extends CommonOptions {
  readonly lang?: Language;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  let lang: Language | undefined;
  const common = parseCommonArgs(argv, (arg, next) => {
    if (arg !== '--lang' && !arg.startsWith('--lang=')) return false;
    const value = arg === '--lang' ? next() : arg.slice('--lang='.length);
    if (!LANGUAGES.includes(value as Language)) {
      throw new InputError(`--lang: expected one of ${LANGUAGES.join(', ')}`);
    }
    lang = value as Language;
    return true;
  });
  return { ...common, ...(lang ? { lang } : {}) };
}

/** Turns one JSON text into the printed plan object, or throws InputError naming the field. */
export function planLine(text: string, titleOf?: TitleOf): object {
  const parsed = parseAnswers(parseJson(text, 'answers'));
  if (!parsed.ok) throw new InputError(parsed.problems.map(describeProblem).join('; '));
  return present(planFor(parsed.answers), titleOf);
}

function present(plan: Plan, titleOf?: TitleOf): object {
  if (!plan.complete) return plan;
  return {
    ...plan,
    actions: plan.actions.map(({ id, priority }) => ({
      id,
      priority,
      ...(titleOf ? { title: titleOf(id) } : {}),
    })),
  };
}

/** Runs the command; returns the exit code. */
export function run(
  argv: readonly string[],
  io: CommandIo,
  titlesFor: (lang: Language) => TitleOf,
  read: (file: string | undefined) => string = readInput,
): number {
  return runCommand('plan', io, () => {
    const options = parseArgs(argv);
    const titleOf = options.lang ? titlesFor(options.lang) : undefined;
    return {
      jsonl: options.jsonl,
      text: read(options.file),
      answer: (text) => planLine(text, titleOf),
    };
  });
}
