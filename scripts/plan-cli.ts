// The `plan` command (shared/spec/decision-model.md §The `plan` command): answers in, plan out,
// through the real machine. Exit 2 with one line naming the field for bad input.
import { readFileSync } from 'node:fs';
import { describeProblem } from '../flows/debt-collection/answers';
import { parseAnswers } from '../flows/debt-collection/answers-input';
import { planFor, type Plan } from '../flows/debt-collection/replay';

export const LANGUAGES = ['zh-CN', 'zh-Hant', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type TitleOf = (actionId: string) => string;

export interface CliOptions {
  readonly jsonl: boolean;
  readonly lang?: Language;
  readonly file?: string;
}

export class InputError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  let jsonl = false;
  let lang: Language | undefined;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (!LANGUAGES.includes(value as Language)) {
        throw new InputError(`--lang: expected one of ${LANGUAGES.join(', ')}`);
      }
      lang = value as Language;
    } else if (arg.startsWith('--')) throw new InputError(`${arg}: unknown option`);
    else if (file === undefined) file = arg;
    else throw new InputError(`${arg}: only one answers file is read`);
  }
  return { jsonl, ...(lang ? { lang } : {}), ...(file !== undefined ? { file } : {}) };
}

/** Turns one JSON text into the printed plan object, or throws InputError naming the field. */
export function planLine(text: string, titleOf?: TitleOf): object {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new InputError(`answers: malformed JSON (${(error as Error).message})`);
  }
  const parsed = parseAnswers(input);
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

export function readInput(file: string | undefined): string {
  try {
    return readFileSync(file ?? 0, 'utf8');
  } catch {
    throw new InputError(`${file ?? 'standard input'}: cannot be read`);
  }
}

/** Runs the command; returns the exit code. */
export function run(
  argv: readonly string[],
  io: { out: (line: string) => void; err: (line: string) => void },
  titlesFor: (lang: Language) => TitleOf,
  read: (file: string | undefined) => string = readInput,
): number {
  try {
    const options = parseArgs(argv);
    const titleOf = options.lang ? titlesFor(options.lang) : undefined;
    const text = read(options.file);
    if (!options.jsonl) {
      io.out(JSON.stringify(planLine(text, titleOf)));
      return 0;
    }
    let failed = false;
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        io.out(JSON.stringify(planLine(line, titleOf)));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        failed = true;
        io.out(JSON.stringify({ error: `line ${index + 1}: ${error.message}` }));
      }
    });
    return failed ? 2 : 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(`plan: ${error.message}`);
    return 2;
  }
}
