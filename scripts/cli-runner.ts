// What the checking commands (plan, cost, offer, deadlines) share: reading options, a file or
// standard input, one object or one per line (--jsonl), and exit code 2 with one line on standard
// error naming the field for bad input, nothing on standard output.
import { readFileSync } from 'node:fs';

/** Bad input: its message names the field. Anything else thrown is a bug and is not caught. */
export class InputError extends Error {}

export interface CommandIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Text exactly as it is, line ends included (a calendar file's CRLF); else `out` per text. */
  readonly write?: (text: string) => void;
}

/** An answer printed as it is rather than as JSON (deadlines --ics: a calendar file). */
export class PlainText {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

function print(io: CommandIo, answer: object): void {
  if (!(answer instanceof PlainText)) io.out(JSON.stringify(answer));
  else if (io.write) io.write(answer.text);
  else io.out(answer.text.replace(/\r?\n$/, ''));
}

export interface CommonOptions {
  readonly jsonl: boolean;
  readonly file?: string;
}

/**
 * Reads --jsonl and at most one file name. `option` may claim any other argument by returning
 * true, taking its value (the next argument) with `next`; unclaimed options are refused.
 */
export function parseCommonArgs(
  argv: readonly string[],
  option: (arg: string, next: () => string | undefined) => boolean = () => false,
): CommonOptions {
  let jsonl = false;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--jsonl') jsonl = true;
    else if (option(arg, () => argv[++i])) continue;
    else if (arg.startsWith('--')) throw new InputError(`${arg}: unknown option`);
    else if (file === undefined) file = arg;
    else throw new InputError(`${arg}: only one input file is read`);
  }
  return { jsonl, ...(file !== undefined ? { file } : {}) };
}

export function readInput(file: string | undefined): string {
  try {
    return readFileSync(file ?? 0, 'utf8');
  } catch {
    throw new InputError(`${file ?? 'standard input'}: cannot be read`);
  }
}

/** JSON.parse, refusing with a line that names what was expected (`answers`, `loan` …). */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${what}: malformed JSON (${(error as Error).message})`);
  }
}

export interface CommandRun {
  readonly jsonl: boolean;
  /** The whole input: one JSON text, or one per line with --jsonl. */
  readonly text: string;
  /** One JSON text to the object (or PlainText) printed for it; InputError for bad input. */
  readonly answer: (text: string) => object;
}

/** Runs a command: `start` reads the options and the input. Returns the exit code. */
export function runCommand(name: string, io: CommandIo, start: () => CommandRun): number {
  try {
    const { jsonl, text, answer } = start();
    if (!jsonl) {
      print(io, answer(text));
      return 0;
    }
    let failed = false;
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        print(io, answer(line));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        failed = true;
        io.out(JSON.stringify({ error: `line ${index + 1}: ${error.message}` }));
      }
    });
    return failed ? 2 : 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(`${name}: ${error.message}`);
    return 2;
  }
}

/** The process side of a command: standard output and error, one line each call. */
export const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  write: (text) => process.stdout.write(text),
};
