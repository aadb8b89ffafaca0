// Puts the start screen, rendered by React at build time (src/prerender.tsx), into index.html's
// #root, so a phone shows it before the JavaScript arrives. src/app/mount.ts hydrates it when the
// app's first screen is the same, and renders afresh otherwise.
import type { Plugin } from 'vite';
import { PRERENDERED_ATTRIBUTE } from '../../src/ui/prerender-markers.ts';
import type { renderStartScreen } from '../../src/prerender';

const EMPTY_ROOT = '<div id="root"></div>';

export function prerenderStartScreen(): Plugin {
  return {
    name: 'prerender-start-screen',
    apply: 'build',
    async transformIndexHtml(html) {
      if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender: index.html has no ${EMPTY_ROOT}`);
      const { tsImport } = await import('tsx/esm/api');
      const prerender = (await tsImport('../../src/prerender.tsx', import.meta.url)) as {
        renderStartScreen: typeof renderStartScreen;
      };
      const { html: app, screen } = await prerender.renderStartScreen();
      return html.replace(
        EMPTY_ROOT,
        `<div id="root" ${PRERENDERED_ATTRIBUTE}="${screen}">${app}</div>`,
      );
    },
  };
}
