// What a build contains and what the first screen downloads, read from Vite's manifest: the
// entry chunk of index.html and everything it imports statically. Dynamic imports (locales, lazy
// screens) are fetched later and are not part of the first screen.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as z from 'zod/mini';
import { PROJECT_ROOT } from './paths';

const ChunkSchema = z.object({
  file: z.string(),
  src: z.optional(z.string()),
  isEntry: z.optional(z.boolean()),
  isDynamicEntry: z.optional(z.boolean()),
  imports: z.optional(z.array(z.string())),
  dynamicImports: z.optional(z.array(z.string())),
  css: z.optional(z.array(z.string())),
});
const ManifestSchema = z.record(z.string(), ChunkSchema);
export type Manifest = z.infer<typeof ManifestSchema>;

export function readManifest(outDir: string): Manifest {
  const file = join(outDir, '.vite', 'manifest.json');
  return ManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface Bytes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export function bytesOf(content: Buffer): Bytes {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Each file is its own download, so sizes add up file by file. */
export function sumBytes(outDir: string, files: readonly string[]): Bytes {
  return files
    .map((file) => bytesOf(readFileSync(join(outDir, file))))
    .reduce(
      (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
      {
        raw: 0,
        gzip: 0,
        brotli: 0,
      },
    );
}

export interface ChunkGraph {
  /** Manifest keys of the entry and of every chunk it imports statically. */
  readonly chunks: readonly string[];
  /** Every script file: index.html's own, then the bundled chunks. */
  readonly js: readonly string[];
  /** The bundled chunks alone (they have source maps). */
  readonly bundled: readonly string[];
  readonly css: readonly string[];
}

/**
 * The JavaScript and CSS the browser fetches for the first screen: index.html's own scripts and
 * the entry chunk with everything it imports statically (not its dynamic imports).
 */
export function firstScreen(manifest: Manifest, indexHtml: string): ChunkGraph {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (entry === undefined) throw new Error('manifest: no entry chunk');
  const chunks = staticClosure(manifest, entry);
  const fromManifest = chunks.map((key) => manifest[key]?.file ?? key);
  const fromHtml = [...indexHtml.matchAll(/<script\b[^>]*\ssrc="\/?([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((file) => !fromManifest.includes(file));
  return {
    chunks,
    js: [...fromHtml, ...fromManifest],
    bundled: fromManifest,
    css: [...new Set(chunks.flatMap((key) => manifest[key]?.css ?? []))],
  };
}

/**
 * The files a dynamic import of `source` (a module's path in the project) adds to what the first
 * screen has already loaded: its chunk and the chunks it imports statically.
 */
export function lazyFiles(manifest: Manifest, source: string, first: ChunkGraph): string[] {
  if (!manifest[source]) throw new Error(`manifest: no chunk for ${source}`);
  return staticClosure(manifest, source, first.chunks).map((key) => manifest[key]?.file ?? key);
}

/** A chunk and every chunk it imports statically, in visiting order, leaving out `loaded`. */
function staticClosure(manifest: Manifest, from: string, loaded: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || loaded.includes(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(from);
  return [...seen];
}

export interface LocaleBundle {
  readonly language: string;
  /** 'index' for a language's main bundle (locales/<language>/index.ts), else the file's name. */
  readonly bundle: string;
  readonly file: string;
}

/** Every chunk built from locales/: each language's main bundle and its lazy extras. */
export function localeBundles(manifest: Manifest): LocaleBundle[] {
  const bundles: LocaleBundle[] = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    const match = /^locales\/([^/]+)\/([^/]+)\.(ts|json)$/.exec(chunk.src ?? key);
    if (match?.[1] && match[2])
      bundles.push({ language: match[1], bundle: match[2], file: chunk.file });
  }
  return bundles;
}

/** Every file of a kind in the build's assets folder. */
export function assetsOfKind(outDir: string, extension: '.js' | '.css'): string[] {
  const folder = join(outDir, 'assets');
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .map((name) => `assets/${name}`);
}

/**
 * The source modules bundled into the given chunks, relative to the project (node_modules
 * included), read from the hidden source maps of a perf build.
 */
export function modulesIn(outDir: string, files: readonly string[]): string[] {
  const modules = new Set<string>();
  for (const file of files) {
    const mapFile = join(outDir, `${file}.map`);
    if (!existsSync(mapFile)) throw new Error(`no source map for ${file}: build with buildApp()`);
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources?: string[] };
    for (const source of map.sources ?? []) {
      const absolute = join(outDir, file, '..', source);
      modules.add(relative(PROJECT_ROOT, absolute).split(sep).join('/'));
    }
  }
  return [...modules].sort();
}
