// An amount of money as people type it: full-width digits (１２００), separators ("1,200",
// "1，200", "12 000"), a currency sign or word (¥1200, ￥1200, 1200元, 1200块), 万 (1.2万). Read
// exactly, to fen, or refused with a reason the screen can explain. 0 is an amount: whether it is
// allowed (spending) or not (a balance) is the caller's rule.
import { MAX_AMOUNT_YUAN } from './money-units';

export type AmountRefusal =
  | 'empty'
  | 'not_a_number'
  | 'negative'
  /** More than 2 decimals of a yuan (more than 6 of a 万). */
  | 'too_many_decimals'
  /** Commas not between groups of 3 (or of 4, the 万 way) digits: "12,00" may mean 12.00. */
  | 'unclear_separators'
  | 'too_large';

export type ParsedAmount =
  | { readonly ok: true; readonly fen: number }
  | { readonly ok: false; readonly reason: AmountRefusal };

const MAX_FEN = MAX_AMOUNT_YUAN * 100;

const AMOUNT =
  /^(?<sign>[-−负])?(?:¥|RMB|CNY|人民币)?(?<sign2>[-−])?(?<int>[\d,]+)(?:\.(?<frac>[\d,]+))?(?<wan>万)?(?:元|块钱|块|圆)?$/i;

export function parseAmount(text: string): ParsedAmount {
  // NFKC turns full-width digits, ，．－ and ￥ into their ordinary forms. A comma or full stop
  // at the very end ends the sentence, not the number.
  const cleaned = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[,。]+$/, '');
  if (cleaned === '') return refuse('empty');
  const match = AMOUNT.exec(cleaned);
  if (!match?.groups) return refuse('not_a_number');
  const { sign, sign2, int = '', frac = '', wan } = match.groups;
  if (!wellGrouped(int) || frac.includes(',')) return refuse('unclear_separators');
  const places = wan === undefined ? 2 : 6;
  if (frac.length > places) return refuse('too_many_decimals');
  const fen = BigInt(int.replaceAll(',', '') + frac.padEnd(places, '0'));
  if (sign !== undefined || sign2 !== undefined) return refuse('negative');
  if (fen > BigInt(MAX_FEN)) return refuse('too_large');
  return { ok: true, fen: Number(fen) };
}

function refuse(reason: AmountRefusal): ParsedAmount {
  return { ok: false, reason };
}

/** "1,200", "1,234,567", "1,0000", "12,3456,7890"; never "12,00", "1,2,3" or "0,123". */
function wellGrouped(digits: string): boolean {
  if (!digits.includes(',')) return true;
  const [first = '', ...rest] = digits.split(',');
  const size = rest[0]?.length ?? 0;
  return (
    (size === 3 || size === 4) &&
    /^[1-9]\d*$/.test(first) &&
    first.length <= size &&
    rest.every((group) => group.length === size)
  );
}
