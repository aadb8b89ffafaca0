// Writes a tiny script, run from index.html before the app, that keeps a tap on the pre-rendered
// start screen's "begin" (src/app/early-tap.ts): it records the tap on <html>, marks the button
// busy so the person sees it was taken, and stops once the app has taken the page over (mount.ts
// removes data-prerendered from #root).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { EARLY_ACTION_ATTRIBUTE, PRERENDERED_ATTRIBUTE } from '../../src/app/prerender-markers.ts';

export function earlyTapScript(): string {
  const selector = `#root[${PRERENDERED_ATTRIBUTE}] [${EARLY_ACTION_ATTRIBUTE}]`;
  return `(function () {
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest(${JSON.stringify(selector)}) : null;
    if (!target) return;
    event.preventDefault();
    document.documentElement.setAttribute(${JSON.stringify(EARLY_ACTION_ATTRIBUTE)}, target.getAttribute(${JSON.stringify(EARLY_ACTION_ATTRIBUTE)}));
    target.setAttribute('aria-busy', 'true');
  }, true);
})();
`;
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="[^"]*\/assets\/index-/;

export function keepEarlyTaps(): Plugin {
  let base = '/';
  return {
    name: 'keep-early-taps',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') throw new Error('early-tap: no index.html in the build');
      const source = earlyTapScript().replace(/\n\s*/g, '');
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      const fileName = `assets/early-tap-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      const page = String(html.source);
      if (!ENTRY_SCRIPT.test(page)) throw new Error('early-tap: no entry script found');
      // A module script: it runs once the page is parsed, before the app's, never blocking paint.
      html.source = page.replace(
        ENTRY_SCRIPT,
        (entry) => `<script type="module" src="${base}${fileName}"></script>\n    ${entry}`,
      );
    },
  };
}
