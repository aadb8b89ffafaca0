// The size budgets of "Fast on a cheap phone", on the production build the browser tests serve: sizes are
// deterministic, so they are asserted here; times are not (see `npm run bench`).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import {
  assetsOfKind,
  firstScreen,
  lazyFiles,
  localeBundles,
  modulesIn,
  readManifest,
  sumBytes,
  type ChunkGraph,
  type Manifest,
} from '../../scripts/perf/bundle';
import { LANGUAGES } from '../../src/i18n/languages';

const KB = 1000;
/**
 * JavaScript the browser must fetch before the first question can be answered, gzipped: 110 kB,
 * as the issue asks. zod is not part of it: it reads answers from outside the app (a saved
 * session, a share link) and is fetched only when there are some to read.
 */
const FIRST_SCREEN_JS_GZIP = 110 * KB;
/** What a returning visitor with saved answers fetches on top, before the start screen. */
const SAVED_ANSWERS_READER_GZIP = 10 * KB;
/** One language's strings, gzipped. */
const LOCALE_GZIP = 30 * KB;

/** Source modules that must wait until their screen is opened. */
const LATER: readonly RegExp[] = [
  /^src\/ui\/result\//,
  /^src\/ui\/review\//,
  /^src\/ui\/takeaway\//,
  /^src\/letters\//,
  /^src\/evidence\//,
  /^src\/boundaries\/evidence-/,
  /^flows\/debt-collection\/actions\.ts$/,
  /^flows\/debt-collection\/parse-answers\.ts$/,
  /^src\/boundaries\/session-load\.ts$/,
  /^locales\//,
  /^node_modules\/zod\//,
];

// The build the browser tests serve (tests/e2e/global-setup.ts): one build per run.
const outDir = inject('buildDir');
const manifest: Manifest = readManifest(outDir);
const first: ChunkGraph = firstScreen(manifest, readFileSync(join(outDir, 'index.html'), 'utf8'));

describe('the first screen', () => {
  it(`needs at most ${FIRST_SCREEN_JS_GZIP / KB} kB of gzipped JavaScript`, () => {
    const { gzip } = sumBytes(outDir, first.js);
    console.info(`first screen: ${first.js.join(', ')}: ${(gzip / KB).toFixed(1)} kB gzip`);
    expect(gzip).toBeLessThanOrEqual(FIRST_SCREEN_JS_GZIP);
  });

  it('leaves the result, review, take-away, letters, evidence log, rule table and zod for later', () => {
    const modules = modulesIn(outDir, first.bundled);
    expect(modules.some((m) => m.startsWith('src/ui/question/'))).toBe(true);
    expect(modules.filter((m) => LATER.some((pattern) => pattern.test(m)))).toEqual([]);
  });

  it('adds at most 10 kB gzip (the saved-answers reader and zod) when answers were saved', () => {
    const reader = lazyFiles(manifest, 'src/boundaries/session-load.ts', first);
    const { gzip } = sumBytes(outDir, reader);
    console.info(`saved-answers reader: ${reader.join(', ')}: ${(gzip / KB).toFixed(1)} kB gzip`);
    expect(modulesIn(outDir, reader).some((m) => m.includes('node_modules/zod/'))).toBe(true);
    expect(gzip).toBeLessThanOrEqual(SAVED_ANSWERS_READER_GZIP);
  });

  it('uses zod/mini where zod is used, never full zod', () => {
    const lazy = assetsOfKind(outDir, '.js').filter((file) => !first.js.includes(file));
    const zod = modulesIn(outDir, lazy).filter((m) => m.includes('node_modules/zod/'));
    expect(zod.length).toBeGreaterThan(0);
    expect(zod.filter((m) => !/\/zod\/v4\/(mini|core)\//.test(m))).toEqual([]);
  });

  it('carries its styles in index.html, allowed by hash, with no print styles', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1] ?? '');
    expect(styles).toHaveLength(1);
    const css = styles[0] ?? '';
    expect(css.length).toBeGreaterThan(1000);
    expect(css).not.toMatch(/@media\s+print/);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(css).digest('base64');
    expect(policy).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('fetches no language: the chosen one is loaded on its own', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const { file } of localeBundles(manifest)) {
      expect(first.js).not.toContain(file);
      expect(html).not.toContain(file);
    }
  });
});

describe('the languages', () => {
  it.each(LANGUAGES)('%s is one bundle of at most 30 kB gzipped', (language) => {
    const main = localeBundles(manifest).filter(
      (locale) => locale.language === language && locale.bundle === 'index',
    );
    expect(main).toHaveLength(1);
    expect(sumBytes(outDir, [main[0]?.file ?? '']).gzip).toBeLessThanOrEqual(LOCALE_GZIP);
  });

  it('keeps every extra string bundle (lazy screens) under 30 kB gzipped too', () => {
    const oversize = localeBundles(manifest)
      .map(({ file }) => ({ file, gzip: sumBytes(outDir, [file]).gzip }))
      .filter(({ gzip }) => gzip > LOCALE_GZIP);
    expect(oversize).toEqual([]);
  });
});

describe('offline', () => {
  it('precaches every file of the app, with all three languages and every lazy screen', () => {
    const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
    const precached = new Set([...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
    const assets = readdirSync(join(outDir, 'assets'))
      .filter((name) => !name.endsWith('.map'))
      .map((name) => `assets/${name}`);
    const expected = [...assets, 'index.html', 'manifest.webmanifest', 'favicon.svg'];
    expect(expected.filter((file) => !precached.has(file))).toEqual([]);
  });

  it('has a web app manifest with home-screen icons', () => {
    const manifestFile = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string; sizes: string }[];
      start_url: string;
      display: string;
    };
    expect(manifestFile.display).toBe('standalone');
    expect(manifestFile.icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of manifestFile.icons) {
      expect(readdirSync(outDir, { recursive: true })).toContain(icon.src.replace(/^\//, ''));
    }
  });
});
