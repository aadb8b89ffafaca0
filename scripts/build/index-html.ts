// What the build's index.html plugins share: the page as Vite emits it, and small scripts of their
// own run before the app's entry script (files, not inline: the CSP has no 'unsafe-inline').
import { createHash } from 'node:crypto';
import type { Rolldown } from 'vite';

const ENTRY_SCRIPT = /<script type="module" crossorigin src="[^"]*\/assets\/index-/;

/** The built index.html; `plugin` names the caller when it is missing. */
export function builtIndexHtml(
  bundle: Rolldown.OutputBundle,
  plugin: string,
): Rolldown.OutputAsset {
  const html = bundle['index.html'];
  if (html?.type !== 'asset') throw new Error(`${plugin}: no index.html in the build`);
  return html;
}

/**
 * Emits `source` as assets/<name>-<hash>.js and runs it from index.html just before the app's
 * entry. A module script: it runs once the page is parsed, before the app's, never blocking paint.
 */
export function addScriptBeforeEntry(
  context: Rolldown.PluginContext,
  bundle: Rolldown.OutputBundle,
  script: { readonly name: string; readonly source: string; readonly base: string },
): void {
  const html = builtIndexHtml(bundle, script.name);
  const hash = createHash('sha256').update(script.source).digest('base64url').slice(0, 8);
  const fileName = `assets/${script.name}-${hash}.js`;
  context.emitFile({ type: 'asset', fileName, source: script.source });
  const page = String(html.source);
  if (!ENTRY_SCRIPT.test(page)) throw new Error(`${script.name}: no entry script in index.html`);
  html.source = page.replace(
    ENTRY_SCRIPT,
    (entry) => `<script type="module" src="${script.base}${fileName}"></script>\n    ${entry}`,
  );
}
