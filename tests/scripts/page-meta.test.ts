// The page's title and a shared link's card: from the zh-CN words, escaped, text only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import page from '../../locales/zh-CN/page.json';
import { PAGE_META_MARKER, pageMeta, pageMetaTags } from '../../scripts/build/page-meta';

const indexHtml = readFileSync(join(import.meta.dirname, '..', '..', 'index.html'), 'utf8');

describe('page meta', () => {
  it('names the page and describes it for a link card in the zh-CN words of locales/', () => {
    const tags = pageMetaTags();
    expect(tags).toContain(`<title>${page.title}</title>`);
    expect(tags).toContain(`<meta name="description" content="${page.description}" />`);
    expect(tags).toContain(`<meta property="og:title" content="${page.title}" />`);
    expect(tags).toContain(`<meta property="og:description" content="${page.description}" />`);
  });

  it('fetches nothing: no image, no address from elsewhere', () => {
    const tags = pageMetaTags();
    expect(tags).not.toMatch(/og:image|https?:|\/\//);
  });

  it('escapes what would end an attribute or a tag', () => {
    const tags = pageMetaTags({ title: 'a<b>"c"&', shortTitle: 'a', description: '"x"' });
    expect(tags).toContain('<title>a&lt;b&gt;&quot;c&quot;&amp;</title>');
    expect(tags).toContain('content="&quot;x&quot;"');
  });

  it('index.html carries no words of its own: the plugin puts them in place of its marker', () => {
    expect(indexHtml).not.toMatch(/<title>|name="description"/);
    const plugin = pageMeta();
    const transform = plugin.transformIndexHtml as (html: string) => string;
    const html = transform(indexHtml);
    expect(html).not.toContain(PAGE_META_MARKER);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(() => transform('<html></html>')).toThrow(/page-meta/);
  });
});
