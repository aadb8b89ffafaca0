// The app needs its language's strings before it can show anything interactive, and it learns
// which language only once its own JavaScript has run: one more round trip on a slow network.
// This writes a tiny script, run first from index.html (a file, so the strict CSP holds), that
// picks the language the same way src/app/language.ts does and starts fetching just that one
// bundle alongside the app.
import type { Plugin } from 'vite';
import { addScriptBeforeEntry } from './index-html.ts';

/** Must match src/app/language.ts (LANGUAGE_KEY, the ?lang= parameter) and DEFAULT_LANGUAGE. */
export const CHOICE = { param: 'lang', storageKey: 'dcg.lang', fallback: 'zh-CN' } as const;

/** The script's source, for the language bundles' file names (language → file). */
export function preloadScript(files: Readonly<Record<string, string>>, base = '/'): string {
  return `// Fetches the chosen language's strings alongside the app (scripts/build/preload-language.ts).
(function () {
  var files = ${JSON.stringify(files)};
  var has = function (l) { return typeof l === 'string' && Object.prototype.hasOwnProperty.call(files, l); };
  var lang = new URLSearchParams(location.search).get(${JSON.stringify(CHOICE.param)});
  if (!has(lang)) {
    try { lang = localStorage.getItem(${JSON.stringify(CHOICE.storageKey)}); } catch (e) { lang = null; }
  }
  if (!has(lang)) lang = ${JSON.stringify(CHOICE.fallback)};
  if (!has(lang)) return;
  var link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = ${JSON.stringify(base)} + files[lang];
  document.head.appendChild(link);
})();
`;
}

export function preloadChosenLanguage(): Plugin {
  let base = '/';
  return {
    name: 'preload-chosen-language',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_, bundle) {
      const files: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
        const match = /\/locales\/([^/]+)\/index\.ts$/.exec(chunk.facadeModuleId);
        if (match?.[1]) files[match[1]] = chunk.fileName;
      }
      // Compact: it is downloaded before anything else.
      const source = preloadScript(files, base)
        .replace(/^\/\/.*\n/, '')
        .replace(/\n\s*/g, '');
      addScriptBeforeEntry(this, bundle, { name: 'language', source, base });
    },
  };
}
