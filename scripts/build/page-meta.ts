// The page's title and the words of a shared link's card (WeChat, and any app that previews a
// link), from the zh-CN words of locales/*/page.json (never in the app's bundle) rather than typed
// into index.html: the start screen a link opens is zh-CN too. Text only: no og:image (nothing is
// fetched from elsewhere), no tracking.
import type { Plugin } from 'vite';
import page from '../../locales/zh-CN/page.json';

export const PAGE_META_MARKER = '<!-- page-meta -->';

/** The words the page and the web app manifest are known by. */
export const PAGE_WORDS = {
  title: page.title,
  shortTitle: page.short_title,
  description: page.description,
} as const;

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The tags that take the marker's place in index.html. */
export function pageMetaTags(words: typeof PAGE_WORDS = PAGE_WORDS): string {
  const title = escapeAttribute(words.title);
  const description = escapeAttribute(words.description);
  return [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:locale" content="zh_CN" />`,
  ].join('\n    ');
}

export function pageMeta(): Plugin {
  return {
    name: 'page-meta',
    transformIndexHtml(html) {
      if (!html.includes(PAGE_META_MARKER)) throw new Error(`page-meta: no ${PAGE_META_MARKER}`);
      return html.replace(PAGE_META_MARKER, pageMetaTags());
    },
  };
}
