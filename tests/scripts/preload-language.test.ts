// The script index.html runs first: it must fetch exactly the language the app will choose
// (src/app/language.ts), and never anything else.
import { runInNewContext } from 'node:vm';
import { CHOICE, preloadScript } from '../../scripts/build/preload-language';
import { pickLanguage } from '../../src/app/language';
import { safeStorage } from '../../src/boundaries/storage';
import { memoryStorage } from '../support/render';

const FILES = {
  'zh-CN': 'assets/zh-CN-1.js',
  'zh-Hant': 'assets/zh-Hant-2.js',
  en: 'assets/en-3.js',
};

/** The links the script adds; `stored` is the remembered choice, or an Error when storage throws. */
function preloaded(search: string, stored: string | null | Error): string[] {
  const links: { rel: string; href: string }[] = [];
  runInNewContext(preloadScript(FILES), {
    URLSearchParams,
    location: { search },
    localStorage: {
      getItem: () => {
        if (stored instanceof Error) throw stored;
        return stored;
      },
    },
    document: {
      createElement: () => ({ rel: '', href: '', crossOrigin: null }),
      head: { appendChild: (link: { rel: string; href: string }) => links.push(link) },
    },
  });
  return links.map((link) => `${link.rel} ${link.href}`);
}

describe('the language preload', () => {
  it('chooses like the app: the address, then the remembered choice, then 简体中文', () => {
    expect(preloaded('?lang=en', 'zh-Hant')).toEqual(['modulepreload /assets/en-3.js']);
    expect(preloaded('', 'zh-Hant')).toEqual(['modulepreload /assets/zh-Hant-2.js']);
    expect(preloaded('?lang=fr', null)).toEqual(['modulepreload /assets/zh-CN-1.js']);
  });

  it('fetches only a language it knows, whatever the address or storage say', () => {
    expect(preloaded('?lang=__proto__', 'constructor')).toEqual([
      'modulepreload /assets/zh-CN-1.js',
    ]);
    expect(preloaded('?lang=toString', new Error('SecurityError'))).toEqual([
      'modulepreload /assets/zh-CN-1.js',
    ]);
  });

  it('reads the same address parameter, storage key and default as the app', () => {
    const remembered = safeStorage(() => memoryStorage({ [CHOICE.storageKey]: 'zh-Hant' }));
    expect(pickLanguage(`?${CHOICE.param}=en`, remembered).language).toBe('en');
    expect(pickLanguage('', remembered).language).toBe('zh-Hant');
    expect(
      pickLanguage(
        '',
        safeStorage(() => memoryStorage()),
      ).language,
    ).toBe(CHOICE.fallback);
  });
});
