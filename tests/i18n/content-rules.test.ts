// What the words may and may not say (shared/spec/legal-facts.md): only listed phone numbers, none
// of the seeds' errors. Web addresses and article numbers: citations.test.ts.
import { LISTED_PHONE_NUMBERS } from '../../flows/debt-collection/legal-facts';
import { LANGUAGES, allStrings } from '../support/locales';

/** Runs of 3+ digits that are not years, article numbers, amounts, times, percentages or standards. */
function phoneLikeNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\d[\d\s-]{1,}\d/g)) {
    const digits = match[0].replace(/[\s-]/g, '');
    if (digits.length < 3) continue;
    const before = text.slice(Math.max(0, match.index - 6), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 3);
    const wider = text.slice(Math.max(0, match.index - 40), match.index);
    if (/^(19|20)\d\d$/.test(digits) && !/^\d/.test(after)) continue; // a year
    if (/^(19|20)\d\d-\d\d-\d\d$/.test(match[0])) continue; // a date written 2026-03-08
    if (digits.length === 4) continue; // no number in mainland China is dialled with four digits
    if (/\d[,.]$/.test(before)) continue; // part of a larger number (1,500 / 50,000)
    if (/GB\/T\s*$|〔\s*$|No\.\s*$/.test(before)) continue; // a standard or document number
    if (/第[\d\s、，,和及至-]*$|Articles?\s+[\d\s,–-]*((and|to)\s+)?$|Art\.\s*$/i.test(wider))
      continue; // article numbers
    if (/^(条|年|元|天|日|%|％|人|起|万|多|号|个|次|倍|:|：)/.test(after)) continue; // counts and amounts
    if (/[¥￥]\s*$/.test(before) || /^,\d/.test(after)) continue; // money
    if (/^\s*(days|people|victims|cases|years|yuan|%|times)/i.test(after)) continue;
    const name = text.slice(match.index + match[0].length, match.index + match[0].length + 8);
    if (digits === '714' && /^(高炮|”\s*loans|"\s*loans)/.test(name)) continue; // the slang name of 7–14-day loans
    found.push(digits);
  }
  return found;
}

describe('the phone-number detector', () => {
  it('finds numbers that look like phone numbers and passes years, articles and amounts', () => {
    expect(phoneLikeNumbers('请拨打 12345 或 021-6666 8888')).toEqual(['12345', '02166668888']);
    expect(
      phoneLikeNumbers('2026年 第1032条 ¥50,000 15天 Articles 1032 to 1034 GB/T 45251-2025'),
    ).toEqual([]);
    expect(phoneLikeNumbers('例如 2026-03-08；例如 1200、1,200 或 1200元')).toEqual([]);
    expect(phoneLikeNumbers('拨打 95555 或 12345')).toEqual(['95555', '12345']);
    expect(phoneLikeNumbers('“714高炮” “714” loans；请拨打714')).toEqual(['714']);
  });
});

describe.each(LANGUAGES)('%s', (language) => {
  const strings = [...allStrings(language)];

  it('shows no phone number the facts file does not list', () => {
    const unlisted = strings.flatMap(([key, text]) =>
      phoneLikeNumbers(text)
        .filter((n) => !LISTED_PHONE_NUMBERS.includes(n))
        .map((n) => `${key}: ${n}`),
    );
    expect(unlisted).toEqual([]);
  });

  it('names the "collection licence" only to say there is none', () => {
    const claims = strings.filter(
      ([, text]) =>
        /催收[资資]质[证證]书|催收資質證書/.test(text) &&
        !/没有|沒有|no national|there is no|not exist/i.test(text),
    );
    expect(claims.map(([key]) => key)).toEqual([]);
  });

  it('repeats none of what the seeds get wrong', () => {
    const wrong = [
      /合同法/,
      /反不正当竞争法/,
      /反不正當競爭法/,
      /消费者保护法/,
      /消費者保護法/,
      /申请法院保全/,
      /申請法院保全/,
      /Contract Law/i,
      /Anti-Unfair Competition/i,
    ];
    const found = strings.filter(([, text]) => wrong.some((p) => p.test(text)));
    expect(found.map(([key]) => key)).toEqual([]);
  });

  it('never gives "反催收" as advice: only quoted, as the name scam agencies use', () => {
    const unquoted = strings.filter(([, text]) =>
      [...text.matchAll(/反催收/g)].some(
        (m) =>
          !/["“「'‘]$/.test(text.slice(0, m.index)) &&
          !/([/／、]\s*|["”]\s*\()$/.test(text.slice(0, m.index)),
      ),
    );
    expect(unquoted.map(([key]) => key)).toEqual([]);
  });
});
