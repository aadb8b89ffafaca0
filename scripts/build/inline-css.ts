// The start screen is in index.html already (prerender-plugin.ts), but with its styles in a file
// of their own it still waits one more round trip before it paints: about 600 ms on slow 4G.
// This moves the first screen's stylesheet into index.html as a <style>; csp.ts allows exactly
// that text by its hash, so the policy still has no 'unsafe-inline'.
import type { Plugin } from 'vite';
import { builtIndexHtml } from './index-html.ts';

const STYLESHEET = /<link rel="stylesheet"[^>]*\shref="([^"]+\.css)"[^>]*>/g;

export function inlineFirstScreenCss(): Plugin {
  let base = '/';
  return {
    name: 'inline-first-screen-css',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_, bundle) {
      const html = builtIndexHtml(bundle, 'inline-css');
      let inlined = 0;
      html.source = String(html.source).replace(STYLESHEET, (_tag, href: string) => {
        const asset = bundle[href.slice(base.length)];
        if (asset?.type !== 'asset') throw new Error(`inline-css: ${href} is not in the build`);
        inlined++;
        return `<style>${String(asset.source).trim()}</style>`;
      });
      if (inlined === 0) throw new Error('inline-css: index.html links no stylesheet');
    },
  };
}
