// An amount field's text read as yuan: what parse-amount accepts, or the key of the message that
// says why not. The text itself is always kept as typed, by the field's owner.
import { parseAmount } from '../../../flows/money/parse-amount';
import type { MoneyStrings } from '../../i18n/lazy-bundles';

export type AmountError = keyof MoneyStrings['amount_error'];

export type ReadAmount =
  | { readonly ok: true; readonly yuan: number | undefined }
  | { readonly ok: false; readonly error: AmountError };

/** Empty reads as "not given" (undefined) unless the amount is required. */
export function readAmount(
  text: string,
  { required = false, positive = false }: { required?: boolean; positive?: boolean } = {},
): ReadAmount {
  const parsed = parseAmount(text);
  if (!parsed.ok) {
    if (parsed.reason === 'empty' && !required) return { ok: true, yuan: undefined };
    return { ok: false, error: parsed.reason };
  }
  if (positive && parsed.fen === 0) return { ok: false, error: 'zero' };
  return { ok: true, yuan: parsed.fen / 100 };
}

/** Whole months or payments, typed with ordinary or full-width digits. */
export function readCount(
  text: string,
  required: boolean,
): { ok: true; value: number | undefined } | { ok: false } {
  const cleaned = text.normalize('NFKC').trim();
  if (cleaned === '') return required ? { ok: false } : { ok: true, value: undefined };
  if (!/^\d{1,4}$/.test(cleaned)) return { ok: false };
  const value = Number(cleaned);
  return required && value === 0 ? { ok: false } : { ok: true, value };
}

/** Yuan for display: thousands separated, fen only when there are any. */
export function formatYuan(yuan: number): string {
  return yuan.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** The text a stored amount is edited as. */
export function amountText(yuan: number | undefined): string {
  return yuan === undefined ? '' : String(yuan);
}
