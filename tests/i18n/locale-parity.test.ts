// The three languages have the same files, the same keys and the same {{variables}} per key.
import { LANGUAGES, allStrings, localeFiles } from '../support/locales';

const [source, ...others] = LANGUAGES;
const sourceStrings = allStrings(source);
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(others)('%s against zh-CN', (language) => {
  const strings = allStrings(language);

  it('has the same files', () => {
    expect(localeFiles(language).sort()).toEqual(localeFiles(source).sort());
  });
  it('has no missing key', () => {
    expect([...sourceStrings.keys()].filter((k) => !strings.has(k))).toEqual([]);
  });
  it('has no extra key', () => {
    expect([...strings.keys()].filter((k) => !sourceStrings.has(k))).toEqual([]);
  });
  it('uses the same interpolation variables in every string', () => {
    const mismatched = [...sourceStrings].filter(
      ([key, text]) =>
        JSON.stringify(variables(text)) !== JSON.stringify(variables(strings.get(key) ?? '')),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
  it('has no empty string', () => {
    expect([...strings].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});

describe('zh-CN', () => {
  it('has no empty string', () => {
    expect([...sourceStrings].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual(
      [],
    );
  });
});
