// The app needs its language's strings before it can show anything interactive, and it learns
// which language only once its own JavaScript has run: one more round trip on a slow network.
// This is a tiny script, run first from index.html (early-script.ts), that
// picks the language the same way src/app/language.ts does and starts fetching just that one
// bundle alongside the app.
import type { Rolldown } from 'vite';

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

/** The language bundles in the build, by language (`locales/<language>/index.ts`). */
export function localeFiles(bundle: Rolldown.OutputBundle): Record<string, string> {
  const files: Record<string, string> = {};
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
    const match = /\/locales\/([^/]+)\/index\.ts$/.exec(chunk.facadeModuleId);
    if (match?.[1]) files[match[1]] = chunk.fileName;
  }
  return files;
}
