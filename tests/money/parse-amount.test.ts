import fc from 'fast-check';
import { MAX_AMOUNT_YUAN } from '../../flows/money/money-units';
import { parseAmount } from '../../flows/money/parse-amount';
import { parseAmount as parseLetterAmount } from '../../src/forms/parse-input';

const fenOf = (text: string) => {
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.fen : parsed.reason;
};

describe('reading a typed amount', () => {
  it.each([
    ['1200', 120_000],
    ['１２００', 120_000],
    ['1,200', 120_000],
    ['1，200', 120_000],
    ['1,234,567.89', 123_456_789],
    ['1,0000', 1_000_000],
    ['1200元', 120_000],
    ['1200 块', 120_000],
    ['1200元，', 120_000],
    ['¥1200', 120_000],
    ['￥１，２００．５', 120_050],
    ['RMB 30', 3000],
    ['1.2万', 1_200_000],
    ['1.2345万元', 1_234_500],
    ['1.234567万', 1_234_567],
    [' 12 000 ', 1_200_000],
    ['0', 0],
    ['0.05', 5],
    ['1000000000', MAX_AMOUNT_YUAN * 100],
  ])('reads %j as %d fen', (text, fen) => {
    expect(fenOf(text)).toBe(fen);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not_a_number'],
    ['1.2.3', 'not_a_number'],
    ['1e3', 'not_a_number'],
    ['.5', 'not_a_number'],
    ['12元5角', 'not_a_number'],
    ['-12', 'negative'],
    ['－１２', 'negative'],
    ['−12', 'negative'],
    ['负12', 'negative'],
    ['¥-5', 'negative'],
    ['12.345', 'too_many_decimals'],
    ['12.500', 'too_many_decimals'],
    ['1.2345678万', 'too_many_decimals'],
    ['12,00', 'unclear_separators'],
    ['1,2,3', 'unclear_separators'],
    ['0,123', 'unclear_separators'],
    ['1,200,0000', 'unclear_separators'],
    ['1000000000.01', 'too_large'],
    ['20万万', 'not_a_number'],
  ])('refuses %j: %s', (text, reason) => {
    expect(fenOf(text)).toBe(reason);
  });
});

const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '．' };
const fullWidth = (text: string) =>
  text.replace(/[0-9.,]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** fen as yuan: "1234.5", "1234.50" or "1234" (when whole), with no grouping. */
function plain(fen: number, decimals: 0 | 1 | 2): string {
  const yuan = `${Math.floor(fen / 100)}`;
  const cents = `${fen % 100}`.padStart(2, '0');
  if (decimals === 2 || cents[1] !== '0') return `${yuan}.${cents}`;
  if (decimals === 1 || cents !== '00') return `${yuan}.${cents[0]}`;
  return yuan;
}

/** fen as 万: 12345678 fen → "12.345678万", trailing zeros dropped. */
function inWan(fen: number): string {
  const whole = Math.floor(fen / 1_000_000);
  const rest = `${fen % 1_000_000}`.padStart(6, '0').replace(/0+$/, '');
  return rest === '' ? `${whole}万` : `${whole}.${rest}万`;
}

/** Groups of 3 (or 4) digits from the right. */
function grouped(text: string, size: 3 | 4, comma: string): string {
  const [int = '', frac] = text.split('.');
  const groups: string[] = [];
  for (let end = int.length; end > 0; end -= size)
    groups.unshift(int.slice(Math.max(0, end - size), end));
  return groups.join(comma) + (frac === undefined ? '' : `.${frac}`);
}

const fenArb = fc.integer({ min: 0, max: MAX_AMOUNT_YUAN * 100 });
const formattedArb = fc
  .record({
    fen: fenArb,
    decimals: fc.constantFrom(0 as const, 1 as const, 2 as const),
    grouping: fc.constantFrom('none', 'intl-zh', 'intl-en', '3', '4', '3-full-width'),
    wan: fc.boolean(),
    prefix: fc.constantFrom('', '¥', '￥', 'RMB ', '人民币'),
    suffix: fc.constantFrom('', '元', ' 元', '块'),
    wide: fc.boolean(),
    pad: fc.constantFrom('', ' ', '\u3000'),
  })
  .map((f) => {
    let number: string;
    if (f.wan) number = inWan(f.fen);
    else if (f.grouping === 'intl-zh' || f.grouping === 'intl-en') {
      const locale = f.grouping === 'intl-zh' ? 'zh-CN' : 'en-US';
      number = new Intl.NumberFormat(locale, {
        minimumFractionDigits: f.decimals,
        maximumFractionDigits: 2,
      }).format(f.fen / 100);
    } else if (f.grouping === 'none') number = plain(f.fen, f.decimals);
    else {
      const comma = f.grouping === '3-full-width' ? '，' : ',';
      number = grouped(plain(f.fen, f.decimals), f.grouping === '4' ? 4 : 3, comma);
    }
    const text = `${f.pad}${f.prefix}${f.wide ? fullWidth(number) : number}${f.suffix}${f.pad}`;
    return { fen: f.fen, text };
  });

describe('reading a typed amount, for any amount', () => {
  it('reads a formatted amount back to the same fen', () => {
    fc.assert(
      fc.property(formattedArb, ({ fen, text }) => {
        expect(parseAmount(text)).toEqual({ ok: true, fen });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses it with a minus sign in front as negative', () => {
    fc.assert(
      fc.property(formattedArb, fc.constantFrom('-', '−', '－', '负'), ({ text }, minus) => {
        expect(parseAmount(`${minus}${text.trim()}`)).toEqual({ ok: false, reason: 'negative' });
      }),
    );
  });

  it('refuses a third decimal', () => {
    fc.assert(
      fc.property(fenArb, fc.integer({ min: 1, max: 9 }), (fen, digit) => {
        expect(parseAmount(`${plain(fen, 2)}${digit}`)).toEqual({
          ok: false,
          reason: 'too_many_decimals',
        });
      }),
    );
  });
});

// src/forms/parse-input.ts reads amounts for the letters. This parser reads everything that
// one reads, the same, except commas out of place ("12,00": refused here, as it may mean 12.00)
// and amounts above MAX_AMOUNT_YUAN; and it returns 0 where that one refuses it.
describe('compared with the letters amount parser', () => {
  const typedArb = fc.oneof(
    formattedArb.map((f) => f.text),
    fc.stringMatching(/^[0-9０-９,，. 元]{1,14}$/),
  );
  it('agrees wherever the letters parser reads an amount', () => {
    fc.assert(
      fc.property(typedArb, (text) => {
        const theirs = parseLetterAmount(text);
        if (theirs === null) return;
        const ours = parseAmount(text);
        if (!ours.ok) {
          expect(['unclear_separators', 'too_large']).toContain(ours.reason);
          return;
        }
        expect(ours.fen).toBe(Math.round(theirs * 100));
      }),
      { numRuns: 1000 },
    );
  });
});
