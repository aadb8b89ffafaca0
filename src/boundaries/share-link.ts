// Share links: the answers on the path, carried in the URL fragment (#a=…) so no server ever
// sees them. Compact: one base-36 field per question, in catalogue order, holding "unanswered"
// (0) or the option's position (one) or a bitmask of positions (many); then a check code.
//
// The layout is derived from the catalogue. Appending a question, or an option that needs a wider
// field, changes it: then raise LINK_VERSION and keep a decoder for the old layout, or old links
// stop opening. tests/boundaries/share-link.test.ts pins the version-1 layout to catch that.
import * as z from 'zod/mini';
import type { Answers } from '../../flows/debt-collection/answers';
import { parseAnswers } from '../../flows/debt-collection/parse-answers';
import { QUESTIONS, QUESTION_IDS, type QuestionId } from '../../flows/debt-collection/questions';
import { onPathAnswers, replay } from '../../flows/debt-collection/position';

export const LINK_VERSION = 1;
export const LINK_PARAM = 'a';
const RADIX = 36;
const CHECK_WIDTH = 2;

export type ShareLinkProblem =
  'malformed' | 'truncated' | 'tampered' | 'future_version' | 'invalid_answers';

export type ShareLinkResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly answers: Answers }
  | { readonly kind: 'invalid'; readonly problem: ShareLinkProblem };

/** Base-36 digits one question takes: room for "unanswered" and every possible value. */
function widthOf(question: QuestionId): number {
  const def = QUESTIONS[question];
  const values = def.kind === 'one' ? def.options.length + 1 : 2 ** def.options.length;
  let width = 1;
  while (RADIX ** width < values) width++;
  return width;
}

export const LAYOUT: readonly { readonly question: QuestionId; readonly width: number }[] =
  QUESTION_IDS.map((question) => ({ question, width: widthOf(question) }));

const PAYLOAD_LENGTH = LAYOUT.reduce((sum, field) => sum + field.width, 0);

/**
 * A check code over the version and payload: each digit weighted by a power of 31, which shares
 * no factor with 36², so changing any single character always changes the code.
 */
export function checkCode(version: number, payload: string): string {
  let sum = 0;
  let weight = 1;
  for (const char of `${version}.${payload}`) {
    const digit = char === '.' ? 0 : parseInt(char, RADIX) + 1;
    sum = (sum + digit * weight) % RADIX ** CHECK_WIDTH;
    weight = (weight * 31) % RADIX ** CHECK_WIDTH;
  }
  return sum.toString(RADIX).padStart(CHECK_WIDTH, '0');
}

function encodeField(question: QuestionId, value: Answers[QuestionId]): number {
  if (value === undefined) return 0;
  const options: readonly string[] = QUESTIONS[question].options;
  if (Array.isArray(value)) {
    return value.reduce((mask, option) => mask + 2 ** options.indexOf(option), 0);
  }
  return options.indexOf(value) + 1;
}

/** The fragment value for these answers (pass only the answers on the path). */
export function encodeAnswers(answers: Answers): string {
  const payload = LAYOUT.map(({ question, width }) =>
    encodeField(question, answers[question]).toString(RADIX).padStart(width, '0'),
  ).join('');
  return `${LINK_VERSION}.${payload}.${checkCode(LINK_VERSION, payload)}`;
}

/** The full address to share: this page, with the answers in the fragment. */
export function shareUrl(base: { origin: string; pathname: string }, answers: Answers): string {
  return `${base.origin}${base.pathname}#${LINK_PARAM}=${encodeAnswers(answers)}`;
}

// The whole value, before anything is read from it: short, and only digits, letters and dots.
const LinkValueSchema = z.string().check(z.maxLength(64), z.regex(/^[0-9a-z.]*$/));
const VersionSchema = z.string().check(z.regex(/^[1-9][0-9]{0,3}$/));

function decodeField(question: QuestionId, code: number): unknown {
  if (code === 0) return undefined;
  const options: readonly string[] = QUESTIONS[question].options;
  if (QUESTIONS[question].kind === 'one') return options[code - 1] ?? `#${code}`;
  // Bits beyond the last option cannot be named: keep them visible so validation refuses them.
  return code >= 2 ** options.length
    ? [`#${code}`]
    : options.filter((_, bit) => Math.floor(code / 2 ** bit) % 2 === 1);
}

/** Reads a share-link value (what follows "a="). Never throws. */
export function decodeAnswers(value: string): ShareLinkResult {
  const shape = LinkValueSchema.safeParse(value);
  if (!shape.success) return invalid('malformed');
  const [versionPart = '', payload, check, ...rest] = shape.data.split('.');
  if (rest.length > 0) return invalid('malformed');
  if (versionPart === '') return invalid(value === '' ? 'truncated' : 'malformed');
  if (!VersionSchema.safeParse(versionPart).success) return invalid('malformed');
  const version = Number(versionPart);
  if (version > LINK_VERSION) return invalid('future_version');
  if (payload === undefined || check === undefined) return invalid('truncated');
  if (payload.length < PAYLOAD_LENGTH || check.length < CHECK_WIDTH) return invalid('truncated');
  if (payload.length > PAYLOAD_LENGTH || check.length > CHECK_WIDTH) return invalid('tampered');
  if (checkCode(version, payload) !== check) return invalid('tampered');

  const raw: Record<string, unknown> = {};
  let at = 0;
  for (const { question, width } of LAYOUT) {
    const field = decodeField(question, parseInt(payload.slice(at, at + width), RADIX));
    at += width;
    if (field !== undefined) raw[question] = field;
  }
  const parsed = parseAnswers(raw);
  if (!parsed.ok) return invalid('invalid_answers');
  // A link made by the guide holds exactly the answers on one path; anything else was altered.
  const onPath = onPathAnswers(replay(parsed.answers).context);
  if (sameAnswers(onPath, parsed.answers)) return { kind: 'ok', answers: parsed.answers };
  if (madeBeforeVersion2(parsed.answers)) return { kind: 'ok', answers: onPath };
  return invalid('invalid_answers');
}

// Before version 2 of the decision model, a person who denied the debt was still asked about
// agreements and repayment (version 1's routes did not read debt_recognised). A link made then
// holds the path version 1 took: the one taken today by the same answers with the debt owned.
// It opens with the answers today's path asks; those extra answers no longer count.
function madeBeforeVersion2(answers: Answers): boolean {
  if (answers.debt_recognised !== 'not_mine') return false;
  const owned: Answers = { ...answers, debt_recognised: 'yes' };
  const version1Path = onPathAnswers(replay(owned).context);
  return sameAnswers({ ...version1Path, debt_recognised: 'not_mine' }, answers);
}

/** Reads the share link from a location hash ("#a=…"); 'none' when the hash holds none. */
export function readShareFragment(hash: string): ShareLinkResult {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const value = params.get(LINK_PARAM);
  return value === null ? { kind: 'none' } : decodeAnswers(value);
}

function sameAnswers(a: Answers, b: Answers): boolean {
  return encodeAnswers(a) === encodeAnswers(b);
}

function invalid(problem: ShareLinkProblem): ShareLinkResult {
  return { kind: 'invalid', problem };
}
