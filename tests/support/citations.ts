// Finders for what the citation rules police (shared/spec/legal-facts.md, version 2): web
// addresses, and article numbers in Chinese (第1032条, 第一千零三十二条, 第293条之一) and English
// (Article 293-1, Articles 1032, 1033 and 1034).

const WEB_ADDRESS =
  /\b(?:https?:\/\/)?((?:[a-z0-9-]+\.)+(?:cn|com|net|org|gov|edu|info|io|top|xyz|cc|me|co|site|vip|app|biz))\b/gi;
const IP_ADDRESS = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/** Every host name or IP address written in the text, lower-cased. */
export function webAddresses(text: string): string[] {
  return [
    ...[...text.matchAll(WEB_ADDRESS)].map((m) => (m[1] ?? '').toLowerCase()),
    ...[...text.matchAll(IP_ADDRESS)].map((m) => m[0]),
  ];
}

/** True when the host is one the list names, or its www. form. */
export function isOfficialHost(host: string, official: readonly string[]): boolean {
  return official.some((site) => host === site || host === `www.${site}`);
}

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 一千零六十四 → 1064, 十三 → 13, 二百九十三 → 293. */
export function chineseNumeral(text: string): number {
  let total = 0;
  let current = 0;
  for (const char of text) {
    const digit = DIGIT[char];
    const unit = UNIT[char];
    if (digit !== undefined) current = digit;
    else if (unit !== undefined) {
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
    }
  }
  return total + current;
}

const ARTICLE_ZH = /第\s*([0-9]+|[零〇一二两兩三四五六七八九十百千]+)\s*[条條](之一)?/g;
const ARTICLE_EN = /\bArticles?\s+(\d+(?:-1\b)?(?:\s*(?:,|and|to|&|–)\s*\d+(?:-1\b)?)*)/g;

/** Every article number written in the text: "1032", "293-1" (第293条之一). */
export function articleNumbers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(ARTICLE_ZH)) {
    const raw = m[1] ?? '';
    const number = /^[0-9]+$/.test(raw) ? Number(raw) : chineseNumeral(raw);
    found.push(`${number}${m[2] === undefined ? '' : '-1'}`);
  }
  for (const m of text.matchAll(ARTICLE_EN)) {
    for (const n of (m[1] ?? '').matchAll(/\d+(?:-1\b)?/g)) found.push(n[0]);
  }
  return found;
}
