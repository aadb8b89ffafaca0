// The Content-Security-Policy: nothing from elsewhere, no eval, no inline script, and inline
// styles only where the build put them (inline-css.ts), each allowed by its sha256. The policy is
// read from the built index.html itself, so the <meta> and the preview server's header always
// name the same hashes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
/** Only as a header: in a <meta> browsers ignore it and warn. */
const HEADER_ONLY = "frame-ancestors 'none'";

const INLINE_STYLE = /<style>([^<]*)<\/style>/g;

/** The policy for a page: style-src also allows each of its <style> elements by hash. */
export function policyFor(html: string): string {
  const hashes = [...html.matchAll(INLINE_STYLE)].map(
    ([, css = '']) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  );
  return DIRECTIVES.map((directive) =>
    directive.startsWith('style-src ') ? [directive, ...hashes].join(' ') : directive,
  ).join('; ');
}

export function headerPolicyFor(html: string): string {
  return `${policyFor(html)}; ${HEADER_ONLY}`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Build: the policy as the first element of <head>. Preview: the same policy as a header (with
 * frame-ancestors), read from the built page. The dev server has neither: it needs inline scripts
 * for React refresh.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    enforce: 'post',
    generateBundle(_, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      const page = String(html.source);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policyFor(page))}">`;
      html.source = page.replace(/<head>/, `<head>\n    ${meta}`);
    },
    configurePreviewServer(server) {
      const page = join(resolve(server.config.root, server.config.build.outDir), 'index.html');
      if (!existsSync(page)) throw new Error(`preview: no ${page}: run \`npm run build\` first`);
      const header = headerPolicyFor(readFileSync(page, 'utf8'));
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', header);
        next();
      });
    },
  };
}
